using Journey.Domain.Journeys;

namespace Journey.Domain.Corrections;

/// <summary>
/// A withdrawal made in a system migrated from, imported with its history: the step named by
/// <see cref="Step"/> is withdrawn at <see cref="WithdrawnAt"/>, by the rules of a withdrawal made
/// through the API (<see cref="WithdrawEvent"/>).
/// </summary>
public sealed record WithdrawRecordedStep(StepReference Step, string? Reason, DateTimeOffset WithdrawnAt) : IJourneyCommand
{
    public long? ExpectedVersion => null;

    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(WithdrawnAt, now, "withdrawnAt").Required(Reason, "reason");
        var fact = Step.Find(journey, checks);
        if (fact is null || checks.Any) return checks.Refuse();
        var withdrawn = new WithdrawEvent(fact.Version, Reason).Decide(journey, WithdrawnAt);
        return withdrawn.IsRefused ? Decision.Refuse(withdrawn.Violations.Select(StepReference.Named).ToArray()) : withdrawn;
    }
}
