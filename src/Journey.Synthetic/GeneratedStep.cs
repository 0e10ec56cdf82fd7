using System.Text.Json;
using System.Text.Json.Nodes;

namespace Journey.Synthetic;

/// <summary>One step of a generated journey, as the import reads it (docs/events.md).</summary>
public sealed record GeneratedStep(string Type, DateTimeOffset OccurredAt, DateTimeOffset RecordedAt, string RecordedBy, JsonObject Data)
{
    public string ToLine(string childId) => new JsonObject
    {
        ["childId"] = childId,
        ["type"] = Type,
        ["occurredAt"] = OccurredAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ"),
        ["recordedAt"] = RecordedAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ"),
        ["recordedBy"] = RecordedBy,
        ["data"] = Data.DeepClone(),
    }.ToJsonString(LineOptions);

    private static readonly JsonSerializerOptions LineOptions = new() { WriteIndented = false };
}
