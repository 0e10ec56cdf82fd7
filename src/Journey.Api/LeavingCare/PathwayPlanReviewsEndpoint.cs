using Journey.Api.Authorisation;
using Journey.Api.Reviews;
using Journey.Projections.LeavingCare;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.LeavingCare;

public sealed record PathwayPlanReviewRow(string ChildId, int Review, DateOnly? DueDate, DateTimeOffset? ReviewedAt, string Status, DateOnly? DueFrom, string? RuleId,
    string Chain, int Episode, int Ordinal, DateTimeOffset? OccurredAt, decimal? Elapsed, string? ElapsedUnit) : IChainRow;

public static class PathwayPlanReviewsEndpoint
{
    /// <summary>
    /// Each care leaver's pathway plan reviews as they stood at asAt (default now; with asRecorded,
    /// only what had been recorded by then): from the first plan, each review or update due within the
    /// rulebook's pathway-plan-review interval (6 months) of the one before, and the next one due.
    /// </summary>
    [WolverineGet("/api/pathway-plans/reviews"), Tags("Measures"), EndpointSummary("Pathway plan reviews chained: at most 6 months apart.")]
    [ProducesResponseType<PathwayPlanReviewRow[]>(200)]
    [Access(Rule.ReadRows)]
    public static async Task<IReadOnlyList<PathwayPlanReviewRow>> Get(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? childId = null, DateOnly? asAt = null, bool asRecorded = false) =>
        (await ReviewChainQuery.ReadAsync(store, scope, clock, PathwayPlanProjection.ReviewChainFunctionName, "plan_number", "review", childId, asAt, asRecorded, cancellation))
            .Select(r => new PathwayPlanReviewRow(r.ChildId, r.Review, r.DueDate, r.HeldAt, r.Status, r.DueFrom, r.RuleId, r.Chain, r.Number, r.Review, r.HeldAt, r.Elapsed, r.ElapsedUnit)).ToList();
}
