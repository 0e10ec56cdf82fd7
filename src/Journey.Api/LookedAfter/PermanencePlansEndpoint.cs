using Journey.Api.Authorisation;
using Journey.Projections.LookedAfter;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Wolverine.Http;

namespace Journey.Api.LookedAfter;

public sealed record PermanencePlanRow(string ChildId, int CareEpisodeNumber, DateTimeOffset EnteredAt, DateTimeOffset? SecondReviewAt,
    DateTimeOffset? PlanMadeAt, string? PlanKind, DateTimeOffset? UnratifiedPlanAt, string Status, string? Team, string? Worker);

public static class PermanencePlansEndpoint
{
    public static readonly IReadOnlyList<string> Statuses = ["met", "late", "open-in-time", "open-overdue"];

    /// <summary>
    /// Each period of care's permanence plan against the second looked-after review, as it stood at
    /// asAt (default now): due on the day the second review is held, met by the first ratified plan
    /// on or before it. With asRecorded, only what had been recorded by asAt: a plan or review counts
    /// once recorded, and a period of care has ended once its leaving was.
    /// </summary>
    [WolverineGet("/api/looked-after/permanence-plans"), Tags("Measures"), EndpointSummary("Permanence plans by the second looked-after review.")]
    [ProducesResponseType<PermanencePlanRow[]>(200), ProducesResponseType<ProblemDetails>(400)]
    [Access(Rule.ReadRows)]
    public static Task<IResult> Get(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? childId = null, DateOnly? asAt = null, string? status = null, string? team = null, string? worker = null,
        bool asRecorded = false) =>
        Query(store, scope, clock, cancellation, childId, asAt, asRecorded, status, team, worker, rows => Results.Ok(rows));

    [WolverineGet("/api/looked-after/permanence-plans.csv"), Tags("Measures"), EndpointSummary("The same permanence plan rows as CSV.")]
    [ProducesResponseType<string>(200, "text/csv"), ProducesResponseType<ProblemDetails>(400)]
    [Access(Rule.ReadRows)]
    public static Task<IResult> GetCsv(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? childId = null, DateOnly? asAt = null, string? status = null, string? team = null, string? worker = null,
        bool asRecorded = false) =>
        Query(store, scope, clock, cancellation, childId, asAt, asRecorded, status, team, worker, LookedAfterQuery.Csv);

    private static async Task<IResult> Query(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? childId, DateOnly? asAt, bool asRecorded, string? status, string? team, string? worker,
        Func<IReadOnlyList<PermanencePlanRow>, IResult> answer)
    {
        if (LookedAfterQuery.StatusProblem(status, Statuses) is { } problem) return problem;
        var rows = await LookedAfterQuery.Read(store, scope, $"""
            SELECT p.child_id, p.care_episode_number, p.entered_at, p.second_review_at, p.plan_made_at, p.plan_kind, p.unratified_plan_at,
                   p.status, a.team, a.worker
            FROM {PermanencePlanProjection.AsAtFunction}(@as_at, @as_recorded) p
            {LookedAfterQuery.AllocationJoin("p")}
            WHERE (@child::text IS NULL OR p.child_id = @child) AND {scope.Sql("p.child_id")} AND (@status::text IS NULL OR p.status = @status)
              AND {LookedAfterQuery.AllocationFilter}
            ORDER BY p.entered_at, p.child_id
            LIMIT 100000
            """, command =>
            {
                command.Parameters.AddWithValue("as_at", LookedAfterQuery.Instant(asAt, clock));
                command.Parameters.AddWithValue("as_recorded", asRecorded);
                command.Parameters.Add(new NpgsqlParameter("status", (object?)status ?? DBNull.Value));
                LookedAfterQuery.AddFilters(command, childId, team, worker);
            },
            r => new PermanencePlanRow(r.GetString(0), r.GetInt32(1), r.GetFieldValue<DateTimeOffset>(2), r.Nullable<DateTimeOffset>(3),
                r.Nullable<DateTimeOffset>(4), r.NullableString(5), r.Nullable<DateTimeOffset>(6), r.GetString(7),
                r.NullableString(8), r.NullableString(9)),
            cancellation);
        return answer(rows);
    }
}
