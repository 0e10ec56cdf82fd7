using Journey.Domain.Timescales;
using Journey.Projections.ChildInNeed;
using Journey.Projections.LookedAfter;
using Journey.Projections.Plans;
using Journey.Projections.Reviews;
using Journey.Projections.Supervision;

namespace Journey.Projections.Kpis;

/// <summary>
/// What each KPI of seeds/reference/kpis.csv counts, as SQL yielding (child_id, episode, met) for
/// one reporting month. Fragments may use the month's bounds (<c>month_start</c>, <c>month_end</c>,
/// UK dates), <c>as_at</c> (the last instant of the month), <c>year_start</c> (1 April of the
/// reporting year), <c>as_recorded</c> (the view asked for, which every fragment passes on to the
/// chain and plan functions it reads) and <c>clock</c>, the month-end rows of measures_at (as
/// occurred, or as recorded). <c>met</c> is null for KPIs that count children.
/// A chain's open row (held_at null) is the next visit or review due for an episode open at month end.
/// </summary>
public static class KpiSources
{
    /// <summary>The clock measures the fragments read, so measures_at is scanned once per month.</summary>
    public static readonly IReadOnlyList<string> ClockMeasures =
        [Measures.ContactDecision24Hours, Measures.InitialConference, Measures.Assessment, Measures.Allocation, Measures.ReturnInterview];

    public static readonly IReadOnlyDictionary<string, string> ByKpi = new Dictionary<string, string>
    {
        ["contact-decision-24h"] = StoppedInMonth(Measures.ContactDecision24Hours),
        ["initial-conference-15wd"] = StoppedInMonth(Measures.InitialConference),
        ["assessment-45wd"] = StoppedInMonth(Measures.Assessment),
        ["open-assessments-in-time"] = $"""
            SELECT c.child_id, c.episode, c.status = 'open-in-time' FROM clock c
            WHERE c.measure = '{Measures.Assessment}' AND c.status IN ('open-in-time', 'open-overdue')
            """,
        ["unallocated-5wd"] = $"""
            SELECT c.child_id, c.episode, NULL::boolean FROM clock c
            WHERE c.measure = '{Measures.Allocation}' AND c.status = 'open-overdue'
            """,
        ["return-interviews-72h"] = $"""
            SELECT c.child_id, c.episode, c.status = 'met' FROM clock c
            WHERE c.measure = '{Measures.ReturnInterview}' AND c.due_date BETWEEN month_start AND month_end
            """,
        ["protection-plan-rate"] = $"""
            SELECT p.child_id, p.plan_number, NULL::boolean FROM {ProtectionPlanProjection.AsAtFunction}(as_at, as_recorded) p
            WHERE p.ended_at IS NULL
            """,
        ["protection-visits-in-time"] = NextDueInTime(ProtectionPlanProjection.VisitChainFunctionName, "plan_number"),
        ["review-conferences-in-time"] = NextDueInTime(ProtectionPlanProjection.ReviewChainFunctionName, "plan_number"),
        ["protection-supervision-in-time"] = NextDueInTime(SupervisionProjection.ProtectionChainFunctionName, "plan_number"),
        ["child-in-need-visits-in-time"] = NextDueInTime(ChildInNeedVisitProjection.VisitChainFunctionName, "plan_number"),
        ["looked-after-visits-in-time"] = NextDueInTime(PlacementProjection.VisitChainFunctionName, "placement_number"),
        ["looked-after-reviews-in-time"] = $"""
            SELECT r.child_id, r.care_episode_number, r.status = 'met' FROM {LookedAfterReviewProjection.ReviewChainFunctionName}(as_at, as_recorded) r
            WHERE r.held_at IS NOT NULL AND (r.held_at AT TIME ZONE 'Europe/London')::date BETWEEN year_start AND month_end
              AND r.status <> 'no-rule'
            """,
    };

    /// <summary>Clocks stopped in the month (decisions made, conferences held, assessments authorised), met or late.</summary>
    private static string StoppedInMonth(string measure) => $"""
        SELECT c.child_id, c.episode, c.status = 'met' FROM clock c
        WHERE c.measure = '{measure}' AND c.actual_date BETWEEN month_start AND month_end
        """;

    /// <summary>Episodes open at month end, in time when their next visit or review is not yet overdue.</summary>
    private static string NextDueInTime(string chainFunction, string numberColumn) => $"""
        SELECT v.child_id, v.{numberColumn}, v.status = 'open-in-time' FROM {ReviewChainSchema.NextDueOnly(chainFunction)}(as_at, as_recorded) v
        WHERE v.status <> 'no-rule'
        """;
}
