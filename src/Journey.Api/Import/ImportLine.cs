using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Journey.Domain.Journeys;

namespace Journey.Api.Import;

/// <summary>
/// One NDJSON import line, read: {"childId", "type", "occurredAt", "recordedAt", "recordedBy", "data"},
/// where type names the event and data holds the step's other fields as the API takes them.
/// </summary>
public sealed record ImportLine(
    int Number,
    string ChildId,
    JourneyStep Step,
    IJourneyCommand Command,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt,
    string RecordedBy,
    string Hash)
{
    /// <summary>Reads a line, or says everything wrong with its shape (the rules of the step come later).</summary>
    public static (ImportLine? Line, string? ChildId, string? Type, IReadOnlyList<RuleViolation> Problems) Read(int number, string text, DateTimeOffset now)
    {
        JsonObject json;
        try
        {
            // A key given twice is refused, as in a recording body, rather than the last one winning.
            json = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false }) as JsonObject
                   ?? throw new JsonException("a line must be a JSON object");
        }
        catch (JsonException e)
        {
            return (null, null, null, [new RuleViolation("line", "json-object", $"Line {number} is not a JSON object: {e.Message}")]);
        }

        var problems = new List<RuleViolation>();
        var childId = Text(json, "childId");
        var type = Text(json, "type");
        if (Domain.Journeys.ChildId.Check(childId) is { } badId) problems.Add(badId);
        JourneyStep? step = null;
        if (type is null) problems.Add(new RuleViolation("type", "required", "type is required: the name of the event, such as ContactReceived."));
        else if (!JourneySteps.ByEventName.TryGetValue(type, out step) && !ImportedChanges.ByEventName.TryGetValue(type, out step))
            problems.Add(new RuleViolation("type", "recordable-event-type",
                $"type '{type}' is not a step that can be recorded ({string.Join(", ", JourneySteps.ByEventName.Keys.Concat(ImportedChanges.ByEventName.Keys))})."));
        var occurredAt = Instant(json, "occurredAt", problems);
        var recordedAt = Instant(json, "recordedAt", problems);
        var recordedBy = Text(json, "recordedBy");
        if (string.IsNullOrWhiteSpace(recordedBy)) problems.Add(new RuleViolation("recordedBy", "required", "recordedBy is required: who recorded the step."));
        // A name, stored as the event's recorder: no control character, as in a step's data (decision 69).
        else if (FieldLimits.ControlCharacterIn("recordedBy", recordedBy) is { } control) problems.Add(control);
        if (recordedAt > now + Checks.ClockSkewAllowance)
            problems.Add(new RuleViolation("recordedAt", "not-in-future", $"recordedAt ({recordedAt:O}) is in the future."));
        if (recordedAt < occurredAt)
            problems.Add(new RuleViolation("recordedAt", "recorded-after-it-happened", $"recordedAt ({recordedAt:O}) is before occurredAt ({occurredAt:O})."));
        if (json["data"] is not JsonObject data)
        {
            problems.Add(new RuleViolation("data", "json-object", "data is required: an object with the step's fields."));
            return (null, childId, type, problems);
        }
        if (problems.Count > 0 || step is null) return (null, childId, type, problems);

        var (command, unreadable) = ImportedChanges.ByEventName.ContainsKey(step.Event.Name)
            ? ImportedChanges.Read(step, data, occurredAt!.Value)
            : StepData(step, data, occurredAt!.Value);
        if (command is null)
            // Named as a recording body's would be (known-field, iso-8601-instant, ...), under data.
            return (null, childId, type, unreadable
                .Select(v => v with { Field = v.Field == "body" ? "data" : JourneyImporter.LineField(step, v.Field), Message = v.Field == "body" ? v.Message : $"data.{v.Message}" })
                .ToArray());
        var hash = Identity(childId!, type!, occurredAt.Value, data);
        return (new ImportLine(number, childId!, step, command, occurredAt.Value, recordedAt!.Value, recordedBy!, hash), childId, type, []);
    }

    private static (IJourneyCommand? Command, IReadOnlyList<RuleViolation> Problems) StepData(JourneyStep step, JsonObject data, DateTimeOffset occurredAt)
    {
        try
        {
            return (StepCommands.FromData(step, data, occurredAt, strict: true), []);
        }
        catch (JsonException e)
        {
            return (null, Hosting.RequestProblems.Unreadable(e.Message, step.Command));
        }
    }

    /// <summary>
    /// What makes two lines the same step, whatever their key order, spacing or time-zone spelling:
    /// the child, the step, when it happened (as UTC) and its data with keys sorted. Who recorded it
    /// and when are not part of it, so a re-export with different recording details is still the same step.
    /// </summary>
    private static string Identity(string childId, string type, DateTimeOffset occurredAt, JsonObject data)
    {
        var canonical = $"{childId}\n{type}\n{occurredAt.UtcTicks}\n{Canonical(data)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private static string Canonical(JsonNode? node) => node switch
    {
        JsonObject o => "{" + string.Join(",", o.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => JsonSerializer.Serialize(p.Key) + ":" + Canonical(p.Value))) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Canonical)) + "]",
        JsonValue v when v.TryGetValue<string>(out var text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
                         && text.Contains('T') => instant.UtcTicks.ToString(CultureInfo.InvariantCulture),
        null => "null",
        _ => node.ToJsonString(),
    };

    private static string? Text(JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static DateTimeOffset? Instant(JsonObject json, string name, List<RuleViolation> problems)
    {
        var text = Text(json, name);
        if (text is null)
        {
            problems.Add(new RuleViolation(name, "required", $"{name} is required (ISO 8601 with an offset)."));
            return null;
        }
        // With its offset, as every instant in a body (decision 69): a time without one names no instant.
        if (Instants.TryParse(text, out var instant)) return instant;
        problems.Add(new RuleViolation(name, "iso-8601-instant", $"{name} '{text}' is not an ISO 8601 date-time with its offset, such as {Instants.Example}."));
        return null;
    }
}
