using Journey.Api.Authorisation;
using Journey.Projections.LookedAfter;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.LookedAfter;

public sealed record PlacementStabilityRow(string ChildId, int CareEpisodeNumber, DateTimeOffset LookedAfterSince, int? PlacementNumber,
    string? PlacementType, DateTimeOffset? SameCarerSince, int PlacementsInWindow, bool ThreeOrMorePlacements, bool LookedAfterLongTerm,
    bool SameCarerTwoYears, bool PlacedForAdoptionTwoYears, bool? UnderSixteen, bool LongTermStable, string? Team, string? Worker);

public static class PlacementStabilityEndpoint
{
    /// <summary>
    /// Every child looked after at asAt (default now) with the DfE placement stability flags: three
    /// or more placements in the 12 months up to it, and long-term stability (looked after 2.5 years,
    /// with the same carer 2 years or placed for adoption); under16 stays empty until Journey records
    /// a date of birth. With asRecorded, only what had been recorded by asAt: a placement move,
    /// the end of a placement or of care, a placement for adoption and a date of birth count once recorded.
    /// </summary>
    [WolverineGet("/api/looked-after/placement-stability"), Tags("Measures"), EndpointSummary("Placement stability of the children looked after at a date.")]
    [ProducesResponseType<PlacementStabilityRow[]>(200)]
    [Access(Rule.ReadRows)]
    public static Task<IResult> Get(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? childId = null, DateOnly? asAt = null, string? team = null, string? worker = null, bool asRecorded = false) =>
        Query(store, scope, clock, cancellation, childId, asAt, asRecorded, team, worker, rows => Results.Ok(rows));

    [WolverineGet("/api/looked-after/placement-stability.csv"), Tags("Measures"), EndpointSummary("The same placement stability rows as CSV.")]
    [ProducesResponseType<string>(200, "text/csv")]
    [Access(Rule.ReadRows)]
    public static Task<IResult> GetCsv(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? childId = null, DateOnly? asAt = null, string? team = null, string? worker = null, bool asRecorded = false) =>
        Query(store, scope, clock, cancellation, childId, asAt, asRecorded, team, worker, LookedAfterQuery.Csv);

    private static async Task<IResult> Query(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? childId, DateOnly? asAt, bool asRecorded, string? team, string? worker, Func<IReadOnlyList<PlacementStabilityRow>, IResult> answer)
    {
        var rows = await LookedAfterQuery.Read(store, scope, $"""
            SELECT s.child_id, s.care_episode_number, s.looked_after_since, s.placement_number, s.placement_type, s.same_carer_since,
                   s.placements_in_window, s.three_or_more_placements, s.looked_after_long_term, s.same_carer_two_years,
                   s.placed_for_adoption_two_years, s.under_sixteen, s.long_term_stable, a.team, a.worker
            FROM {PlacementProjection.StabilityFunctionName}(@as_at, @as_recorded) s
            {LookedAfterQuery.AllocationJoin("s")}
            WHERE (@child::text IS NULL OR s.child_id = @child) AND {scope.Sql("s.child_id")} AND {LookedAfterQuery.AllocationFilter}
            ORDER BY s.child_id
            LIMIT 100000
            """, command =>
            {
                command.Parameters.AddWithValue("as_at", LookedAfterQuery.Instant(asAt, clock));
                command.Parameters.AddWithValue("as_recorded", asRecorded);
                LookedAfterQuery.AddFilters(command, childId, team, worker);
            },
            r => new PlacementStabilityRow(r.GetString(0), r.GetInt32(1), r.GetFieldValue<DateTimeOffset>(2), r.Nullable<int>(3),
                r.NullableString(4), r.Nullable<DateTimeOffset>(5), r.GetInt32(6), r.GetBoolean(7), r.GetBoolean(8), r.GetBoolean(9),
                r.GetBoolean(10), r.Nullable<bool>(11), r.GetBoolean(12), r.NullableString(13), r.NullableString(14)),
            cancellation);
        return answer(rows);
    }
}
