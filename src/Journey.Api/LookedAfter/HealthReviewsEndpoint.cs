using Journey.Api.Authorisation;
using Journey.Api.Reviews;
using Journey.Projections.LookedAfter;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.LookedAfter;

public sealed record HealthReviewRow(string ChildId, int CareEpisodeNumber, int Review, DateOnly? DueDate, DateTimeOffset? HeldAt, string Status, DateOnly? DueFrom, string? RuleId,
    string Chain, int Episode, int Ordinal, DateTimeOffset? OccurredAt, decimal? Elapsed, string? ElapsedUnit) : IChainRow;

public static class HealthReviewsEndpoint
{
    /// <summary>
    /// Each period of care's review health assessments as they stood at asAt (default now; with
    /// asRecorded, only what had been recorded by then): from the initial health assessment, each due 6
    /// months after the one before for a child under 5 on the day that one was held, 12 months from 5
    /// (the rulebook's health-review intervals), and the next due while the child is looked after;
    /// no-date-of-birth when the child's is not recorded.
    /// </summary>
    [WolverineGet("/api/looked-after/health-reviews"), Tags("Measures"), EndpointSummary("Review health assessments chained: 6-monthly under 5, yearly from 5.")]
    [ProducesResponseType<HealthReviewRow[]>(200)]
    [Access(Rule.ReadRows)]
    public static async Task<IReadOnlyList<HealthReviewRow>> Get(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? childId = null, DateOnly? asAt = null, bool asRecorded = false) =>
        (await ReviewChainQuery.ReadAsync(store, scope, clock, HealthReviewProjection.ReviewChainFunctionName, "care_episode_number", "review", childId, asAt, asRecorded, cancellation))
            .Select(r => new HealthReviewRow(r.ChildId, r.Number, r.Review, r.DueDate, r.HeldAt, r.Status,
                r.DueFrom, r.RuleId, r.Chain, r.Number, r.Review, r.HeldAt, r.Elapsed, r.ElapsedUnit)).ToList();
}
