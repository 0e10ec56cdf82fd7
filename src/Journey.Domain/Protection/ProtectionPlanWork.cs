using Journey.Domain.Journeys;
using Journey.Domain.Reference;
using Journey.Domain.Returns;

namespace Journey.Domain.Protection;

/// <summary>A social worker visited a child on a protection plan.</summary>
public sealed record ProtectionVisitMade(int PlanNumber, DateTimeOffset OccurredAt, bool ChildSeen, bool ChildSeenAlone) : IJourneyEvent;

/// <summary>The plan's core group met.</summary>
public sealed record CoreGroupHeld(int PlanNumber, DateTimeOffset OccurredAt) : IJourneyEvent;

/// <summary>A review child protection conference was held; the plan continues unless it is ended.</summary>
public sealed record ReviewConferenceHeld(int PlanNumber, DateTimeOffset OccurredAt, bool PlanContinues) : IJourneyEvent;

/// <summary>The plan's category of abuse changed.</summary>
public sealed record ProtectionCategoryChanged(int PlanNumber, DateTimeOffset OccurredAt, string Category) : IJourneyEvent;

/// <summary>Rules every step within an open protection plan shares.</summary>
internal static class ProtectionPlanChecks
{
    public static PlanState? OpenPlan(ChildJourney journey, DateTimeOffset? at, string field, Checks checks, string what) =>
        checks.WithinOpen(journey.OpenPlan, p => p.StartedAt, at, field, "needs-open-protection-plan",
            $"A {what} needs an open child protection plan.", "within-the-plan", "the plan started");
}

public sealed record RecordProtectionVisit(DateTimeOffset? VisitedAt, bool? ChildSeen, bool? ChildSeenAlone, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(VisitedAt, now, "visitedAt").ChildSeen(ChildSeen, ChildSeenAlone);
        var plan = ProtectionPlanChecks.OpenPlan(journey, VisitedAt, "visitedAt", checks, "protection visit");
        return checks.Or(() => Decision.Accept(new ProtectionVisitMade(plan!.Number, VisitedAt!.Value, ChildSeen!.Value, ChildSeenAlone!.Value)));
    }
}

public sealed record HoldCoreGroup(DateTimeOffset? HeldAt, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(HeldAt, now, "heldAt");
        var plan = ProtectionPlanChecks.OpenPlan(journey, HeldAt, "heldAt", checks, "core group");
        return checks.Or(() => Decision.Accept(new CoreGroupHeld(plan!.Number, HeldAt!.Value)));
    }
}

public sealed record HoldReviewConference(DateTimeOffset? HeldAt, bool? PlanContinues, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(HeldAt, now, "heldAt").Required(PlanContinues, "planContinues");
        var plan = ProtectionPlanChecks.OpenPlan(journey, HeldAt, "heldAt", checks, "review conference");
        return EntryRules.Judge(journey, checks.Or(() => Decision.Accept(new ReviewConferenceHeld(plan!.Number, HeldAt!.Value, PlanContinues!.Value))), "heldAt");
    }
}

public sealed record ChangeProtectionCategory(DateTimeOffset? ChangedAt, string? Category, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(ChangedAt, now, "changedAt")
            .Require(CodeLists.Default.Contains(CodeLists.CinAbuseCategory, Category), "category", "cin-abuse-category",
                "category must be a CIN abuse category (NEG, PHY, SAB, EMO, MUL).");
        var plan = ProtectionPlanChecks.OpenPlan(journey, ChangedAt, "changedAt", checks, "category change");
        checks.Require(plan is null || plan.Category != Category, "category", "changes-the-category", $"The plan's category is already {Category}.");
        return checks.Or(() => Decision.Accept(new ProtectionCategoryChanged(plan!.Number, ChangedAt!.Value, Category!)));
    }
}
