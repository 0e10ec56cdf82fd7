using Journey.Api.Authorisation;
using Journey.Api.Reviews;
using Journey.Projections.ChildInNeed;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.ChildInNeed;

public sealed record ChildInNeedVisitRow(string ChildId, int PlanNumber, int Visit, DateOnly? DueDate, DateTimeOffset? VisitedAt, string Status, DateOnly? DueFrom, string? RuleId,
    string Chain, int Episode, int Ordinal, DateTimeOffset? OccurredAt, decimal? Elapsed, string? ElapsedUnit) : IChainRow;

public static class ChildInNeedVisitsEndpoint
{
    /// <summary>
    /// Each child in need plan's visits in which the child was seen, as they stood at asAt (default
    /// now): each due within the rulebook's child-in-need-visit interval (20 working days) of the
    /// plan's start or the previous visit, and the next one due while the plan is open.
    /// </summary>
    [WolverineGet("/api/child-in-need-plans/visits"), Tags("Measures"), EndpointSummary("Child in need visits chained on the dates the child was seen.")]
    [ProducesResponseType<ChildInNeedVisitRow[]>(200)]
    [Access(Rule.ReadRows)]
    public static async Task<IReadOnlyList<ChildInNeedVisitRow>> Get(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? childId = null, DateOnly? asAt = null, bool asRecorded = false) =>
        (await ReviewChainQuery.ReadAsync(store, scope, clock, ChildInNeedVisitProjection.VisitChainFunctionName, "plan_number", "visit", childId, asAt, asRecorded, cancellation))
            .Select(r => new ChildInNeedVisitRow(r.ChildId, r.Number, r.Review, r.DueDate, r.HeldAt, r.Status,
                r.DueFrom, r.RuleId, r.Chain, r.Number, r.Review, r.HeldAt, r.Elapsed, r.ElapsedUnit)).ToList();
}
