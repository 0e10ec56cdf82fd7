using Journey.Domain.Journeys;

namespace Journey.Domain.Corrections;

/// <summary>
/// A recorded step named as a system migrated from knows it: its kind and when it happened, as the
/// import line that recorded it gave them (stream versions are this service's, unknown to that
/// system). A later correction or withdrawal in the same migration names its step this way.
/// </summary>
public sealed record StepReference(string? Type, DateTimeOffset? OccurredAt)
{
    /// <summary>The one fact this names (withdrawn or not, so the change's own rules can say why not), or null with the reason in checks.</summary>
    public RecordedFact? Find(ChildJourney journey, Checks checks)
    {
        checks.Required(Type, "step.type").Required(OccurredAt, "step.occurredAt");
        if (Type is null || OccurredAt is not { } at) return null;
        if (!JourneySteps.ByEventName.ContainsKey(Type))
        {
            checks.Require(false, "step.type", "recordable-event-type", $"step.type '{Type}' is not a step that can be recorded.");
            return null;
        }
        var matches = journey.Facts.Where(f => f.Event.GetType().Name == Type && f.Event.OccurredAt == at).ToList();
        // A fact withdrawn and then recorded again at the same time: the one standing is meant.
        if (matches.Count > 1 && matches.Count(f => f.IsEffective) == 1) matches = matches.Where(f => f.IsEffective).ToList();
        checks.Require(matches.Count > 0, "step", "fact-exists", $"No {Type} that happened at {at:O} is recorded in this child's journey.")
            .Require(matches.Count < 2, "step", "one-fact-matches",
                $"{matches.Count} {Type} steps happened at {at:O} in this child's journey (versions {string.Join(", ", matches.Select(f => f.Version))}); the change cannot tell which is meant.");
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>The version-based rules' violations, named as the line names the step.</summary>
    public static RuleViolation Named(RuleViolation violation) =>
        violation.Field == "version" ? violation with { Field = "step" } : violation;
}
