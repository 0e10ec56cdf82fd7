using Journey.Domain.Journeys;
using Journey.Domain.Reference;
using Journey.Domain.Returns;

namespace Journey.Domain.Protection;

/// <summary>
/// The child arrived on another authority's protection plan, continued here after a transfer-in
/// conference. It opens a plan as an initial conference would.
/// </summary>
public sealed record ProtectionPlanTransferredIn(int PlanNumber, DateTimeOffset OccurredAt, string FromAuthority, string Category) : IJourneyEvent;

/// <summary>The child's plan was transferred to another authority; here, it ends.</summary>
public sealed record ProtectionPlanTransferredOut(int PlanNumber, DateTimeOffset OccurredAt, string ToAuthority) : IJourneyEvent;

public sealed record TransferProtectionPlanIn(DateTimeOffset? TransferredAt, string? FromAuthority, string? Category, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(TransferredAt, now, "transferredAt").Required(FromAuthority, "fromAuthority", 200)
            .Require(CodeLists.Default.Contains(CodeLists.CinAbuseCategory, Category), "category", "cin-abuse-category",
                "category must be a CIN abuse category (NEG, PHY, SAB, EMO, MUL).")
            .Require(journey.OpenPlan is null, "transferredAt", "one-open-protection-plan", $"Child protection plan {journey.OpenPlan?.Number} is open.")
            .Require(journey.OpenChildInNeedPlan is null, "transferredAt", "end-the-child-in-need-plan-first",
                "A child in need plan is open; the plans cannot overlap.")
            .Require(TransferredAt is null || journey.Plans.All(p => p.EndedAt is null || TransferredAt >= p.EndedAt), "transferredAt",
                "one-open-protection-plan", "That date falls before an earlier plan ended.")
            .Require(TransferredAt is null || !journey.ChildInNeedPlans.Any(p => p.EndedAt > TransferredAt), "transferredAt",
                "end-the-child-in-need-plan-first", "A child in need plan was still open on that date; the plans cannot overlap.");
        return EntryRules.Judge(journey, checks.Or(() => Decision.Accept(new ProtectionPlanTransferredIn(journey.NextPlanNumber(), TransferredAt!.Value, FromAuthority!, Category!))), "transferredAt");
    }
}

public sealed record TransferProtectionPlanOut(DateTimeOffset? TransferredAt, string? ToAuthority, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var plan = journey.OpenPlan;
        var checks = new Checks().NotInFuture(TransferredAt, now, "transferredAt").Required(ToAuthority, "toAuthority", 200)
            .Require(plan is not null, "transferredAt", "needs-open-protection-plan", "No child protection plan is open.");
        if (plan is not null) checks.NotBefore(TransferredAt, plan.StartedAt, "transferredAt", "within-the-plan", $"plan {plan.Number} started");
        return EntryRules.Judge(journey, checks.Or(() => Decision.Accept(new ProtectionPlanTransferredOut(plan!.Number, TransferredAt!.Value, ToAuthority!))), "transferredAt");
    }
}
