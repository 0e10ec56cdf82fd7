using Journey.Api.Authorisation;
using Journey.Api.Reviews;
using Journey.Projections.LeavingCare;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.LeavingCare;

public sealed record AdviserContactRow(string ChildId, int Contact, DateOnly? DueDate, DateTimeOffset? ContactedAt, string Status, DateOnly? DueFrom, string? RuleId,
    string Chain, int Episode, int Ordinal, DateTimeOffset? OccurredAt, decimal? Elapsed, string? ElapsedUnit) : IChainRow;

public static class AdviserContactsEndpoint
{
    /// <summary>
    /// Each care leaver's contacts with their personal adviser, as they stood at asAt (default now;
    /// with asRecorded, only what had been recorded by then): from the first adviser allocated, each
    /// contact in which the young person was in touch due within the rulebook's adviser-contact
    /// interval (2 months) of the one before, and the next due.
    /// </summary>
    [WolverineGet("/api/personal-advisers/contacts"), Tags("Measures"), EndpointSummary("Personal adviser contacts chained: at most 2 months apart.")]
    [ProducesResponseType<AdviserContactRow[]>(200)]
    [Access(Rule.ReadRows)]
    public static async Task<IReadOnlyList<AdviserContactRow>> Get(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? childId = null, DateOnly? asAt = null, bool asRecorded = false) =>
        (await ReviewChainQuery.ReadAsync(store, scope, clock, AdviserContactProjection.ContactChainFunctionName, "leaving_care_number", "contact",
            childId, asAt, asRecorded, cancellation))
            .Select(r => new AdviserContactRow(r.ChildId, r.Review, r.DueDate, r.HeldAt, r.Status, r.DueFrom, r.RuleId, r.Chain, r.Number, r.Review, r.HeldAt, r.Elapsed, r.ElapsedUnit)).ToList();
}
