using Journey.Api.Authorisation;
using Journey.Api.Reviews;
using Journey.Projections.LookedAfter;
using Journey.Projections.Reviews;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Wolverine.Http;

namespace Journey.Api.LookedAfter;

/// <summary>A placement's visit, held or next due, with who holds the case now and the fields every chain row has after them (decision 107).</summary>
public sealed record LookedAfterVisitRow(string ChildId, int CareEpisodeNumber, int PlacementNumber, string PlacementType, bool LongTerm,
    int Visit, DateOnly? DueDate, DateTimeOffset? VisitedAt, string Status, string? Team, string? Worker,
    DateOnly? DueFrom, string? RuleId, string Chain, int Episode, int Ordinal, DateTimeOffset? OccurredAt, decimal? Elapsed, string? ElapsedUnit) : IChainRow;

public static class LookedAfterVisitsEndpoint
{
    /// <summary>The chain's name, as the open-clocks list gives it; its episode is the placement.</summary>
    private const string LookedAfterVisitChain = "looked-after-visit";

    /// <summary>
    /// Each placement's visits in which the child was seen, as they stood at asAt (default now; with
    /// asRecorded, only what had been recorded by then): the
    /// first due within 1 week of the placement's start, then at most 6 weeks apart, or 3 months
    /// after the first year of a long-term placement, each from the visit actually made; with the
    /// next one due while the placement lasts.
    /// </summary>
    [WolverineGet("/api/looked-after/visits"), Tags("Measures"), EndpointSummary("Looked-after visits chained per placement on the dates the child was seen.")]
    [ProducesResponseType<LookedAfterVisitRow[]>(200), ProducesResponseType<ProblemDetails>(400)]
    [Access(Rule.ReadRows)]
    public static Task<IResult> Get(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? childId = null, DateOnly? asAt = null, string? status = null, string? team = null, string? worker = null,
        bool asRecorded = false) =>
        Query(store, scope, clock, cancellation, childId, asAt, asRecorded, status, team, worker, rows => Results.Ok(rows));

    [WolverineGet("/api/looked-after/visits.csv"), Tags("Measures"), EndpointSummary("The same looked-after visit chains as CSV.")]
    [ProducesResponseType<string>(200, "text/csv"), ProducesResponseType<ProblemDetails>(400)]
    [Access(Rule.ReadRows)]
    public static Task<IResult> GetCsv(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? childId = null, DateOnly? asAt = null, string? status = null, string? team = null, string? worker = null,
        bool asRecorded = false) =>
        Query(store, scope, clock, cancellation, childId, asAt, asRecorded, status, team, worker, LookedAfterQuery.Csv);

    private static async Task<IResult> Query(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? childId, DateOnly? asAt, bool asRecorded, string? status, string? team, string? worker,
        Func<IReadOnlyList<LookedAfterVisitRow>, IResult> answer)
    {
        if (LookedAfterQuery.StatusProblem(status, LookedAfterQuery.ChainStatuses) is { } problem) return problem;
        var rows = await LookedAfterQuery.Read(store, scope, $"""
            SELECT v.child_id, p.care_episode_number, v.placement_number, p.placement_type, p.long_term, v.visit, v.due_date, v.held_at, v.status,
                   a.team, a.worker, v.due_from, v.rule_id, {ChainElapsed.Elapsed("v", "@as_at")}, {ChainElapsed.ElapsedUnit("v")}
            FROM {PlacementProjection.VisitChainFunctionName}(@as_at, @as_recorded) v
            {ChainElapsed.RuleJoin("v")}
            JOIN {PlacementProjection.PlacementsTable.QualifiedName} p ON p.child_id = v.child_id AND p.placement_number = v.placement_number
            {LookedAfterQuery.AllocationJoin("v")}
            WHERE (@child::text IS NULL OR v.child_id = @child) AND {scope.Sql("v.child_id")} AND (@status::text IS NULL OR v.status = @status)
              AND {LookedAfterQuery.AllocationFilter}
            ORDER BY v.child_id, v.placement_number, v.visit
            LIMIT 100000
            """, command =>
            {
                command.Parameters.AddWithValue("as_at", LookedAfterQuery.Instant(asAt, clock));
                command.Parameters.AddWithValue("as_recorded", asRecorded);
                command.Parameters.Add(new NpgsqlParameter("status", (object?)status ?? DBNull.Value));
                LookedAfterQuery.AddFilters(command, childId, team, worker);
            },
            r => new LookedAfterVisitRow(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3), r.GetBoolean(4), r.GetInt32(5),
                r.Nullable<DateOnly>(6), r.Nullable<DateTimeOffset>(7), r.GetString(8), r.NullableString(9), r.NullableString(10),
                r.Nullable<DateOnly>(11), r.NullableString(12), LookedAfterVisitChain, r.GetInt32(2), r.GetInt32(5), r.Nullable<DateTimeOffset>(7),
                r.Nullable<decimal>(13), r.NullableString(14)),
            cancellation);
        return answer(rows);
    }
}
