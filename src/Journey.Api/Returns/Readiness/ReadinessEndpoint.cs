using Journey.Api.Authorisation;
using Journey.Api.Hosting;
using Journey.Api.Recording;
using Journey.Api.Retention;
using Journey.Domain.Journeys;
using Journey.Domain.Returns;
using Journey.Domain.Timescales;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.Returns.Readiness;

/// <summary>
/// One thing to mend in a child's record before a return is sent: the child, the team and worker holding the case
/// (none while no team holds it), the return, the rule (a validator rule Journey checks, <c>cin-8875</c>, or
/// <c>missing</c> for an item the return needs and the journey lacks), its kind (<c>error</c>, <c>query</c> or
/// <c>missing</c>), the day it concerns, and what to fix.
/// </summary>
public sealed record ReadinessRow(string ChildId, string? Team, string? Worker, string Return, string Rule, string Kind, DateOnly? On, string Fix);

/// <summary>
/// The return-readiness list (decision 99): every child whose record would today break a rule of a return for the
/// collection year asked for, by team and worker, with what to fix, so errors are mended as they happen rather than
/// in March. The breaches are the same rule checks the steps are judged by (<see cref="ReturnReadiness"/>), and the
/// missing items the returns' own builds give (<see cref="ReturnBuild.Missing"/>, as their <c>missing</c> answer).
/// Team managers read the children their teams hold, returns officers and auditors every child (AccessRules
/// ReadReadiness, ReadScope); it names children, so each call is logged as a list read (AccessLogPolicy).
/// </summary>
public static class ReadinessEndpoint
{
    public const string Route = "/api/returns/readiness";
    public const string CsvRoute = "/api/returns/readiness.csv";

    /// <summary>The returns whose builds' missing items are listed: those the DfE validates (Annex A has format checks only).</summary>
    public static readonly IReadOnlyList<string> ReturnsChecked = ["cin", "ssda903"];

    public const string CsvHeader = "childId,team,worker,return,rule,kind,on,fix";

    /// <param name="year">The collection year, by the year it ends: 2026 is 2025/26 (1 April 2025 to 31 March 2026); without it, the year running today.</param>
    /// <param name="team">Only the children this team holds.</param>
    /// <param name="worker">Only the children this worker holds.</param>
    [WolverineGet(Route), Tags("Statutory returns"),
     EndpointSummary("The return-readiness list: each child whose record would today break a rule of a return for the year, by team and worker, with what to fix.")]
    [ProducesResponseType<ReadinessRow[]>(200), ProducesResponseType<ProblemDetails>(400)]
    [Access(Rule.ReadReadiness)]
    public static Task<IResult> Get(IDocumentStore store, StatutoryReturns returns, TimeProvider clock, ReadScope scope, CancellationToken cancellation,
        int? year = null, string? team = null, string? worker = null) =>
        Query(store, returns, clock, scope, year, team, worker, rows => Results.Ok(rows), cancellation);

    /// <param name="year">The collection year, by the year it ends: 2026 is 2025/26 (1 April 2025 to 31 March 2026); without it, the year running today.</param>
    /// <param name="team">Only the children this team holds.</param>
    /// <param name="worker">Only the children this worker holds.</param>
    [WolverineGet(CsvRoute), Tags("Statutory returns"), EndpointSummary("The same return-readiness rows as CSV.")]
    [ProducesResponseType<string>(200, "text/csv"), ProducesResponseType<ProblemDetails>(400)]
    [Access(Rule.ReadReadiness)]
    public static Task<IResult> GetCsv(IDocumentStore store, StatutoryReturns returns, TimeProvider clock, ReadScope scope, CancellationToken cancellation,
        int? year = null, string? team = null, string? worker = null) =>
        Query(store, returns, clock, scope, year, team, worker,
            rows => CsvText.Result(CsvHeader, rows, r => [r.ChildId, r.Team, r.Worker, r.Return, r.Rule, r.Kind, CsvText.Date(r.On), r.Fix]), cancellation);

    private static async Task<IResult> Query(IDocumentStore store, StatutoryReturns returns, TimeProvider clock, ReadScope scope, int? year,
        string? team, string? worker, Func<IReadOnlyList<ReadinessRow>, IResult> answer, CancellationToken cancellation)
    {
        var today = UkTime.DateOf(clock.GetUtcNow());
        // Without a year, the year running today: the list is for mending errors as they happen (decision 99).
        if (year is not null && ReturnQuery.YearRefused(year) is { } violation) return JourneyProblems.InvalidQuery("The return-readiness query is not valid.", [violation]);
        var collection = year is { } asked ? new CollectionYear(asked) : CollectionYear.Of(today);

        var rows = new List<ReadinessRow>();
        var holders = new Dictionary<string, AllocationState?>(StringComparer.Ordinal);
        await using (var session = store.QuerySession())
            await foreach (var journey in StoredJourneys.All(session, cancellation))
            {
                holders[journey.Id] = journey.Allocation;
                foreach (var finding in ReturnReadiness.Of(journey, collection.Start, collection.End, today))
                    rows.Add(new ReadinessRow(journey.Id, journey.Allocation?.Team, journey.Allocation?.Worker, finding.Rule.Return, finding.Rule.Code,
                        finding.Rule.Kind == ReturnRuleKind.Error ? "error" : "query", finding.On, finding.Message));
            }
        var parameters = new ReturnParameters(collection, null);
        foreach (var statutoryReturn in returns.All.Where(r => ReturnsChecked.Contains(r.Name) && !r.Refuse(parameters).Any()))
        {
            var build = await ReturnRead.Build(statutoryReturn, parameters, store, cancellation);
            foreach (var missing in build.Missing)
            {
                var holder = holders.GetValueOrDefault(missing.ChildId);
                rows.Add(new ReadinessRow(missing.ChildId, holder?.Team, holder?.Worker, statutoryReturn.Title, "missing", "missing", null,
                    $"Record {missing.Item} ({missing.File}): {missing.Reason}"));
            }
        }

        var readable = await scope.Readable(store, rows.Select(r => r.ChildId).Distinct(StringComparer.Ordinal).ToArray(), cancellation);
        return answer(rows
            .Where(r => readable.Contains(r.ChildId) && (team is null || r.Team == team) && (worker is null || r.Worker == worker))
            // By team and worker, so a team manager reads each worker's children together; no team holds a child at the front door yet, so those come last.
            .OrderBy(r => r.Team is null).ThenBy(r => r.Team, StringComparer.Ordinal)
            .ThenBy(r => r.Worker is null).ThenBy(r => r.Worker, StringComparer.Ordinal)
            .ThenBy(r => r.ChildId, StringComparer.Ordinal).ThenBy(r => r.Return, StringComparer.Ordinal).ThenBy(r => r.On).ThenBy(r => r.Rule, StringComparer.Ordinal)
            .ToList());
    }

}
