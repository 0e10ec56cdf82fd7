using Journey.Domain.Assessments;
using Journey.Domain.FrontDoor;
using Journey.Domain.Missing;
using Journey.Domain.Protection;
using Journey.Projections.ChildInNeed;
using Journey.Projections.LookedAfter;
using Journey.Projections.Plans;
using Journey.Projections.Reviews;
using Journey.Projections.Supervision;

namespace Journey.Projections.Kpis;

/// <summary>
/// What each KPI of seeds/reference/kpis.csv counts, as SQL yielding (month, child_id, episode, met)
/// for every reporting month of a range at once, so that the pack plans one query however many
/// months it covers. Fragments read <c>month_list m</c>, one row per month: <c>month</c>, its bounds
/// <c>month_start</c> and <c>month_end</c> (UK dates), <c>as_at</c> (the last instant of the month)
/// and <c>year_start</c> (1 April of the reporting year); <c>as_recorded</c> (the view asked for,
/// which every fragment passes on to the chain and plan functions it reads); and <c>clock c</c>,
/// the month-end rows of measures_at (as occurred, or as recorded) for each month, carrying the
/// month's columns, and holding only the rows <see cref="ClockRowsRead"/> keeps. <c>met</c> is null
/// for KPIs that count children. A chain's open row (held_at null) is the next visit or review due
/// for an episode open at month end.
/// </summary>
public static class KpiSources
{
    /// <summary>The clock measures the fragments read, so measures_at is scanned once per month.</summary>
    public static readonly IReadOnlyList<string> ClockMeasures =
        [FrontDoorClocks.ContactDecision24Hours, ProtectionClocks.InitialConference, AssessmentClocks.Assessment, FrontDoorClocks.Allocation, MissingClocks.ReturnInterview];

    /// <summary>
    /// The month-end clock rows any fragment reads: stopped or due in the month, or open at its end.
    /// The other rows (most of them: clocks stopped in earlier months) are dropped before the clock
    /// rows of every month are kept together, which is most of what the pack saves by it.
    /// </summary>
    public const string ClockRowsRead = """
        (c.actual_date BETWEEN m.month_start AND m.month_end OR c.due_date BETWEEN m.month_start AND m.month_end
         OR c.status IN ('open-in-time', 'open-overdue'))
        """;

    public static readonly IReadOnlyDictionary<string, string> ByKpi = new Dictionary<string, string>
    {
        ["contact-decision-24h"] = StoppedInMonth(FrontDoorClocks.ContactDecision24Hours),
        ["initial-conference-15wd"] = StoppedInMonth(ProtectionClocks.InitialConference),
        ["assessment-45wd"] = StoppedInMonth(AssessmentClocks.Assessment),
        ["open-assessments-in-time"] = $"""
            SELECT c.month, c.child_id, c.episode, c.status = 'open-in-time' FROM clock c
            WHERE c.measure = '{AssessmentClocks.Assessment}' AND c.status IN ('open-in-time', 'open-overdue')
            """,
        ["unallocated-5wd"] = $"""
            SELECT c.month, c.child_id, c.episode, NULL::boolean FROM clock c
            WHERE c.measure = '{FrontDoorClocks.Allocation}' AND c.status = 'open-overdue'
            """,
        ["return-interviews-72h"] = $"""
            SELECT c.month, c.child_id, c.episode, c.status = 'met' FROM clock c
            WHERE c.measure = '{MissingClocks.ReturnInterview}' AND c.due_date BETWEEN c.month_start AND c.month_end
            """,
        ["protection-plan-rate"] = $"""
            SELECT m.month, p.child_id, p.plan_number, NULL::boolean
            FROM month_list m CROSS JOIN LATERAL {ProtectionPlanProjection.AsAtFunction}(m.as_at, as_recorded) p
            WHERE p.ended_at IS NULL
            """,
        ["protection-visits-in-time"] = NextDueInTime(ProtectionPlanProjection.VisitChainFunctionName, "plan_number"),
        ["review-conferences-in-time"] = NextDueInTime(ProtectionPlanProjection.ReviewChainFunctionName, "plan_number"),
        ["protection-supervision-in-time"] = NextDueInTime(SupervisionProjection.ProtectionChainFunctionName, "plan_number"),
        ["child-in-need-visits-in-time"] = NextDueInTime(ChildInNeedVisitProjection.VisitChainFunctionName, "plan_number"),
        ["looked-after-visits-in-time"] = NextDueInTime(PlacementProjection.VisitChainFunctionName, "placement_number"),
        ["looked-after-reviews-in-time"] = $"""
            SELECT m.month, r.* FROM month_list m CROSS JOIN LATERAL (
              SELECT r.child_id, r.care_episode_number, r.status = 'met' FROM {LookedAfterReviewProjection.ReviewChainFunctionName}(m.as_at, as_recorded) r
              WHERE r.held_at IS NOT NULL AND (r.held_at AT TIME ZONE 'Europe/London')::date BETWEEN m.year_start AND m.month_end
                AND r.status <> 'no-rule'
              -- OFFSET 0 keeps the month's bounds inside this subquery, where they reach the chain's
              -- held reviews, so that only the year's reviews get a due date (not every review held).
              OFFSET 0) r
            """,
    };

    /// <summary>Clocks stopped in the month (decisions made, conferences held, assessments authorised), met or late.</summary>
    private static string StoppedInMonth(string measure) => $"""
        SELECT c.month, c.child_id, c.episode, c.status = 'met' FROM clock c
        WHERE c.measure = '{measure}' AND c.actual_date BETWEEN c.month_start AND c.month_end
        """;

    /// <summary>Episodes open at month end, in time when their next visit or review is not yet overdue.</summary>
    private static string NextDueInTime(string chainFunction, string numberColumn) => $"""
        SELECT m.month, v.child_id, v.{numberColumn}, v.status = 'open-in-time'
        FROM month_list m CROSS JOIN LATERAL {ReviewChainSchema.NextDueOnly(chainFunction)}(m.as_at, as_recorded) v
        WHERE v.status <> 'no-rule'
        """;
}
