using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Journey.Domain.Journeys;

/// <summary>
/// Turns a step's fields back into the command that decides it: for an import line (its data and
/// occurredAt) and for a recorded fact (so a correction can put the whole journey through the
/// rules again). The step's own time field takes occurredAt; a few event fields are named
/// differently on the command (<see cref="JourneyStep.FieldRenames"/>).
/// </summary>
public static class StepCommands
{
    /// <summary>
    /// Code names read exactly and instants only with their offset (decision 69), as a recording body
    /// is read: an import line's data and a stored fact go through the same converters.
    /// </summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new ExactEnumNames(), new OffsetInstantConverter() },
    };

    /// <summary>
    /// As <see cref="Json"/>, but a key the step's command does not have is refused rather than
    /// ignored: how an import line's data is read, as strictly as a recording body (a misspelt key
    /// would otherwise drop a fact). A stored fact is read with <see cref="Json"/>, since facts carry
    /// numbers (contactNumber, ...) their commands do not take.
    /// </summary>
    public static readonly JsonSerializerOptions StrictJson = new(Json)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <exception cref="JsonException">The data cannot be read as the step's command.</exception>
    public static IJourneyCommand FromData(JourneyStep step, JsonObject data, DateTimeOffset occurredAt, bool strict = false)
    {
        var body = (JsonObject)data.DeepClone();
        body.Remove("expectedVersion");
        foreach (var (eventField, commandField) in step.FieldRenames ?? new Dictionary<string, string>())
            if (body.Remove(eventField, out var value)) body[commandField] = value;
        body[step.OccurredField] = occurredAt.ToString("O", CultureInfo.InvariantCulture);
        return (IJourneyCommand)body.Deserialize(step.Command, strict ? StrictJson : Json)!;
    }

    /// <summary>The command that would record <paramref name="fact"/>, or null for a fact no command records directly.</summary>
    public static IJourneyCommand? FromFact(IJourneyEvent fact)
    {
        if (!JourneySteps.ByEventName.TryGetValue(fact.GetType().Name, out var step)) return null;
        var data = JsonSerializer.SerializeToNode(fact, fact.GetType(), Json)!.AsObject();
        data.Remove("occurredAt");
        return FromData(step, data, fact.OccurredAt);
    }
}
