using Journey.Domain.Journeys;

namespace Journey.Domain.Protection;

/// <summary>The midway review of a child protection plan between conferences.</summary>
public sealed record MidwayReviewHeld(int PlanNumber, DateTimeOffset OccurredAt) : IJourneyEvent;

public sealed record HoldMidwayReview(DateTimeOffset? HeldAt, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var plan = journey.OpenPlan;
        var checks = new Checks().NotInFuture(HeldAt, now, "heldAt")
            .Require(plan is not null, "heldAt", "needs-open-protection-plan", "A midway review needs an open child protection plan.");
        if (plan is not null) checks.NotBefore(HeldAt, plan.StartedAt, "heldAt", "within-the-plan", $"plan {plan.Number} started");
        return checks.Or(() => Decision.Accept(new MidwayReviewHeld(plan!.Number, HeldAt!.Value)));
    }
}
