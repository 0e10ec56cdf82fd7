using Journey.Api.Authorisation;
using Journey.Api.Reviews;
using Journey.Projections.LookedAfter;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.LookedAfter;

public sealed record LookedAfterReviewRow(string ChildId, int CareEpisodeNumber, int Review, DateOnly? DueDate, DateTimeOffset? HeldAt, string Status, DateOnly? DueFrom, string? RuleId,
    string Chain, int Episode, int Ordinal, DateTimeOffset? OccurredAt, decimal? Elapsed, string? ElapsedUnit) : IChainRow;

public static class LookedAfterReviewsEndpoint
{
    /// <summary>
    /// Each care episode's looked-after reviews as they stood at asAt (default now; with asRecorded,
    /// only what had been recorded by then): the first due 20 working days after entering care, the
    /// second 3 months after the first, later ones 6 months after the previous review held, and the
    /// next due while the child is looked after.
    /// </summary>
    [WolverineGet("/api/looked-after/reviews"), Tags("Measures"), EndpointSummary("Looked-after reviews chained on the dates they were held.")]
    [ProducesResponseType<LookedAfterReviewRow[]>(200)]
    [Access(Rule.ReadRows)]
    public static async Task<IReadOnlyList<LookedAfterReviewRow>> Get(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? childId = null, DateOnly? asAt = null, bool asRecorded = false) =>
        (await ReviewChainQuery.ReadAsync(store, scope, clock, LookedAfterReviewProjection.ReviewChainFunctionName, "care_episode_number", "review", childId, asAt, asRecorded, cancellation))
            .Select(r => new LookedAfterReviewRow(r.ChildId, r.Number, r.Review, r.DueDate, r.HeldAt, r.Status,
                r.DueFrom, r.RuleId, r.Chain, r.Number, r.Review, r.HeldAt, r.Elapsed, r.ElapsedUnit)).ToList();
}
