using Journey.Domain.Journeys;
using Journey.Domain.Returns;

namespace Journey.Domain.Protection;

/// <summary>The child protection plan ended.</summary>
public sealed record ProtectionPlanEnded(int PlanNumber, DateTimeOffset OccurredAt, string Reason, bool ViaPaperReview = false) : IJourneyEvent;

public sealed record EndProtectionPlan(
    DateTimeOffset? EndedAt,
    string? Reason,
    long? ExpectedVersion = null,
    bool ViaPaperReview = false) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var plan = journey.OpenPlan;
        var checks = new Checks()
            .NotInFuture(EndedAt, now, "endedAt")
            .Required(Reason, "reason")
            .Require(plan is not null, "endedAt", "end-open-plan", "No child protection plan is open.");
        if (plan is not null)
            checks.NotBefore(EndedAt, plan.StartedAt, "endedAt", "plan-ends-after-start", $"plan {plan.Number} started");

        return EntryRules.Judge(journey, checks.Or(() => Decision.Accept(new ProtectionPlanEnded(plan!.Number, EndedAt!.Value, Reason!, ViaPaperReview))), "endedAt");
    }
}
