using Journey.Projections.ChildInNeed;
using Journey.Projections.LeavingCare;
using Journey.Projections.LookedAfter;
using Journey.Projections.Plans;
using Journey.Projections.PreProceedings;
using Journey.Projections.Supervision;

namespace Journey.Projections.Reviews;

/// <summary>
/// Every chain built with <see cref="ReviewChainSchema"/>, named as work lists name what is due. Each
/// function returns (child_id, episode number, ordinal, due_date, held_at, status); its next-due
/// form (ReviewChainSchema.NextDueOnly) only the next one due in each episode open at the date.
/// </summary>
public static class ReviewChains
{
    public sealed record Chain(string Name, string Function);

    public static readonly IReadOnlyList<Chain> All =
    [
        new("protection-visit", ProtectionPlanProjection.VisitChainFunctionName),
        new("review-conference", ProtectionPlanProjection.ReviewChainFunctionName),
        new("protection-supervision", SupervisionProjection.ProtectionChainFunctionName),
        new("child-in-need-visit", ChildInNeedVisitProjection.VisitChainFunctionName),
        new("child-in-need-supervision", SupervisionProjection.ChildInNeedChainFunctionName),
        new("looked-after-review", LookedAfterReviewProjection.ReviewChainFunctionName),
        new("looked-after-visit", PlacementProjection.VisitChainFunctionName),
        new("looked-after-supervision", SupervisionProjection.LookedAfterChainFunctionName),
        new("health-review", HealthReviewProjection.ReviewChainFunctionName),
        new("pre-proceedings-review", PreProceedingsMeetingProjection.MeetingChainFunctionName),
        new("pathway-plan-review", PathwayPlanProjection.ReviewChainFunctionName),
        new("adviser-contact", AdviserContactProjection.ContactChainFunctionName),
    ];

    /// <summary>
    /// SQL yielding (child_id, measure, episode, due_date, status) for the next event due in every
    /// open episode of every chain at the instant named by <paramref name="asAtSql"/>.
    /// </summary>
    public static string NextDue(string asAtSql) => string.Join("\nUNION ALL\n", All.Select(c => $"""
        SELECT c.child_id, '{c.Name}'::text AS measure, c.episode, c.due_date, c.status
        FROM {ReviewChainSchema.NextDueOnly(c.Function)}({asAtSql}, false) AS c(child_id, episode, ordinal, due_date, held_at, status)
        """));
}
