using Journey.Domain.Journeys;
using Journey.Domain.Returns;

namespace Journey.Domain.ChildInNeed;

/// <summary>A child in need plan started. It cannot overlap a child protection plan.</summary>
public sealed record ChildInNeedPlanStarted(int ChildInNeedPlanNumber, DateTimeOffset OccurredAt) : IJourneyEvent;

public sealed record ChildInNeedVisitMade(int ChildInNeedPlanNumber, DateTimeOffset OccurredAt, bool ChildSeen, bool ChildSeenAlone) : IJourneyEvent;

public sealed record ChildInNeedPlanReviewed(int ChildInNeedPlanNumber, DateTimeOffset OccurredAt) : IJourneyEvent;

public sealed record ChildInNeedPlanEnded(int ChildInNeedPlanNumber, DateTimeOffset OccurredAt, string Reason) : IJourneyEvent;

internal static class ChildInNeedChecks
{
    public static ChildInNeedPlanState? OpenPlan(ChildJourney journey, DateTimeOffset? at, string field, Checks checks, string what) =>
        checks.WithinOpen(journey.OpenChildInNeedPlan, p => p.StartedAt, at, field, "needs-open-child-in-need-plan",
            $"A {what} needs an open child in need plan.", "within-the-plan", "the child in need plan started");
}

public sealed record StartChildInNeedPlan(DateTimeOffset? StartedAt, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(StartedAt, now, "startedAt").CaseOpen(journey, StartedAt, "startedAt")
            .Require(journey.Referrals.Count > 0, "startedAt", "child-in-need-plan-needs-referral", "A child in need plan follows an accepted referral.")
            .Require(journey.OpenChildInNeedPlan is null, "startedAt", "one-open-child-in-need-plan",
                $"Child in need plan {journey.OpenChildInNeedPlan?.Number} is still open.")
            .Require(journey.OpenPlan is null, "startedAt", "no-child-in-need-plan-during-protection-plan",
                $"Child protection plan {journey.OpenPlan?.Number} is open; a child in need plan cannot overlap it.")
            // Dated back into a plan that has since ended, it would overlap all the same.
            .Require(StartedAt is null || !journey.Plans.Any(p => p.StartedAt <= StartedAt && StartedAt < p.EndedAt), "startedAt",
                "no-child-in-need-plan-during-protection-plan", "That date falls within a child protection plan; the two cannot overlap.")
            .Require(StartedAt is null || !journey.ChildInNeedPlans.Any(p => p.StartedAt <= StartedAt && StartedAt < p.EndedAt), "startedAt",
                "one-open-child-in-need-plan", "That date falls within an earlier child in need plan.");
        if (journey.Referrals.LastOrDefault() is { } referral)
            checks.NotBefore(StartedAt, referral.AcceptedAt, "startedAt", "child-in-need-plan-after-referral", $"referral {referral.Number} was accepted");
        return EntryRules.Judge(journey, checks.Or(() => Decision.Accept(new ChildInNeedPlanStarted(journey.NextNumber<ChildInNeedPlanStarted>(), StartedAt!.Value))), "startedAt");
    }
}

public sealed record RecordChildInNeedVisit(DateTimeOffset? VisitedAt, bool? ChildSeen, bool? ChildSeenAlone, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(VisitedAt, now, "visitedAt").ChildSeen(ChildSeen, ChildSeenAlone);
        var plan = ChildInNeedChecks.OpenPlan(journey, VisitedAt, "visitedAt", checks, "child in need visit");
        return checks.Or(() => Decision.Accept(new ChildInNeedVisitMade(plan!.Number, VisitedAt!.Value, ChildSeen!.Value, ChildSeenAlone!.Value)));
    }
}

public sealed record ReviewChildInNeedPlan(DateTimeOffset? ReviewedAt, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(ReviewedAt, now, "reviewedAt");
        var plan = ChildInNeedChecks.OpenPlan(journey, ReviewedAt, "reviewedAt", checks, "child in need review");
        return checks.Or(() => Decision.Accept(new ChildInNeedPlanReviewed(plan!.Number, ReviewedAt!.Value)));
    }
}

public sealed record EndChildInNeedPlan(DateTimeOffset? EndedAt, string? Reason, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(EndedAt, now, "endedAt").Required(Reason, "reason");
        var plan = ChildInNeedChecks.OpenPlan(journey, EndedAt, "endedAt", checks, "plan ending");
        return checks.Or(() => Decision.Accept(new ChildInNeedPlanEnded(plan!.Number, EndedAt!.Value, Reason!)));
    }
}
