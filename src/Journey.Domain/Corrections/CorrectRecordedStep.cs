using Journey.Domain.Journeys;

namespace Journey.Domain.Corrections;

/// <summary>
/// A correction made in a system migrated from, imported with its history: the step named by
/// <see cref="Step"/> is corrected at <see cref="CorrectedAt"/> to what <see cref="Replacement"/>
/// records. The replacement is the step's command (as an import line gives the step), decided
/// against the journey as it stood before the step, so its numbers and defaults come out as the
/// step's did; the fact that decision records then goes through <see cref="CorrectEvent"/>, the
/// rules of a correction made through the API.
/// </summary>
public sealed record CorrectRecordedStep(StepReference Step, IJourneyCommand? Replacement, string? Reason, DateTimeOffset CorrectedAt) : IJourneyCommand
{
    public long? ExpectedVersion => null;

    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(CorrectedAt, now, "correctedAt").Required(Reason, "reason");
        checks.Require(Replacement is not null, "replacement", "required", "replacement is required: the step as it should have been recorded.");
        var fact = Step.Find(journey, checks);
        if (fact is null || Replacement is null || checks.Any) return checks.Refuse();

        var asFirstDecided = Replacement.Decide(journey.AsItStoodBefore(fact.Version), CorrectedAt);
        if (asFirstDecided.IsRefused)
            return Decision.Refuse(asFirstDecided.Violations.Select(v => v with { Field = ReplacementField(v.Field) }).ToArray());
        var replacement = asFirstDecided.Events.FirstOrDefault(e => e.GetType() == fact.Event.GetType());
        if (replacement is null)
            return Decision.Refuse([new RuleViolation("replacement", "same-kind-of-fact", $"The replacement does not record a {fact.Event.GetType().Name}.")]);

        var corrected = new CorrectEvent(fact.Version, replacement, Reason).Decide(journey, CorrectedAt);
        return corrected.IsRefused ? Decision.Refuse(corrected.Violations.Select(AsLineNamesIt).ToArray()) : corrected;
    }

    /// <summary>
    /// A correction's violation named as the line holds it: a version is the step named, and a field of the
    /// replacement (replacement.x, as <see cref="CorrectEvent"/> names it) is that field of the step's command.
    /// </summary>
    private RuleViolation AsLineNamesIt(RuleViolation violation)
    {
        var named = StepReference.Named(violation);
        const string prefix = "replacement.";
        return named.Field.StartsWith(prefix, StringComparison.Ordinal) ? named with { Field = ReplacementField(named.Field[prefix.Length..]) } : named;
    }

    /// <summary>A field of the replacement step's command as the line holds it: its time is replacement.occurredAt, the rest under replacement.data.</summary>
    private string ReplacementField(string field)
    {
        var occurredField = Step.Type is { } type && JourneySteps.ByEventName.TryGetValue(type, out var step) ? step.OccurredField : null;
        return field == "occurredAt" || field == occurredField ? "replacement.occurredAt" : $"replacement.data.{field}";
    }
}
