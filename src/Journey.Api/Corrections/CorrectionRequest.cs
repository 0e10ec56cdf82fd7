using System.Text.Json;
using Journey.Api.Hosting;
using Journey.Domain.Corrections;
using Journey.Domain.Journeys;

namespace Journey.Api.Corrections;

/// <summary>
/// A correction as the API receives it: the version of the fact, the reason, and the fact as it
/// should have been recorded, in the shape the timeline shows as its data. The replacement is read
/// as the same kind of fact as the one at that version, then decided by <see cref="CorrectEvent"/>.
/// </summary>
public sealed record CorrectionRequest(long? Version, string? Reason, JsonElement? Replacement, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        IJourneyEvent? replacement = null;
        if (Version is { } version && journey.Fact(version) is { } fact && Replacement is { ValueKind: JsonValueKind.Object } json)
        {
            try
            {
                // Copied from the timeline, the data names its kind ("$type"): read it as that kind, so a
                // replacement of another kind is refused by name (same-kind-of-fact) rather than as an unknown field.
                replacement = json.TryGetProperty("$type", out _)
                    ? json.Deserialize<IJourneyEvent>(ApiJson.Facts)
                    : (IJourneyEvent?)json.Deserialize(fact.Event.GetType(), ApiJson.Facts);
            }
            catch (JsonException e)
            {
                // A field of the wrong form (a time without its offset, a code name in another case, a field the fact
                // does not have) is named under replacement with the rule a body's would break; a replacement that
                // cannot be read at all, or lacks fields, is the whole replacement's.
                var named = RequestProblems.Unreadable(e.Message, fact.Event.GetType()).Where(v => v.Field != "body").ToArray();
                return Decision.Refuse(named.Length > 0
                    ? [.. named.Select(v => v with { Field = $"replacement.{v.Field}", Message = $"replacement.{v.Message}" })]
                    : [new RuleViolation("replacement", "readable-as-the-fact", $"replacement could not be read as a {fact.Event.GetType().Name}: {e.Message}")]);
            }
        }
        return new CorrectEvent(Version, replacement, Reason, ExpectedVersion).Decide(journey, now);
    }
}
