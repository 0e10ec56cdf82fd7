using Journey.Api.Authorisation;
using Journey.Api.Reviews;
using Journey.Projections.PreProceedings;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.PreProceedings;

public sealed record PreProceedingsMeetingRow(string ChildId, int PreProceedingsNumber, int Meeting, DateOnly? DueDate, DateTimeOffset? HeldAt, string Status, DateOnly? DueFrom, string? RuleId,
    string Chain, int Episode, int Ordinal, DateTimeOffset? OccurredAt, decimal? Elapsed, string? ElapsedUnit) : IChainRow;

public static class PreProceedingsMeetingsEndpoint
{
    /// <summary>
    /// Each pre-proceedings episode's meetings (initial and review) as they stood at asAt (default
    /// now; with asRecorded, only what had been recorded by then): each due within the rulebook's pre-proceedings-review interval (6 weeks) of the
    /// decision to enter or the previous meeting, and the next one due until the episode concludes.
    /// </summary>
    [WolverineGet("/api/pre-proceedings/meetings"), Tags("Measures"), EndpointSummary("Pre-proceedings meetings chained: no episode without a review for 6 weeks.")]
    [ProducesResponseType<PreProceedingsMeetingRow[]>(200)]
    [Access(Rule.ReadRows)]
    public static async Task<IReadOnlyList<PreProceedingsMeetingRow>> Get(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? childId = null, DateOnly? asAt = null, bool asRecorded = false) =>
        (await ReviewChainQuery.ReadAsync(store, scope, clock, PreProceedingsMeetingProjection.MeetingChainFunctionName, "pre_proceedings_number", "meeting",
            childId, asAt, asRecorded, cancellation))
            .Select(r => new PreProceedingsMeetingRow(r.ChildId, r.Number, r.Review, r.DueDate, r.HeldAt, r.Status,
                r.DueFrom, r.RuleId, r.Chain, r.Number, r.Review, r.HeldAt, r.Elapsed, r.ElapsedUnit)).ToList();
}
