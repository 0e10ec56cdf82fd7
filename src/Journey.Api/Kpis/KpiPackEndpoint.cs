using System.Globalization;
using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Timescales;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.Kpis;

/// <summary>
/// The monthly KPI pack (domain reference section 4) for a range of months, for the authority or
/// one team, as occurred or as recorded at each month's end; and the children behind a figure.
/// </summary>
public static class KpiPackEndpoint
{
    /// <summary>Months per answer at most: three years of monthly figures.</summary>
    public const int MaxMonths = 36;

    [WolverineGet("/api/kpi-pack"), Tags("KPI pack"), EndpointSummary("The monthly KPI pack: each KPI's monthly values, change, three-month average, comparators and RAG.")]
    [ProducesResponseType<KpiPackAnswer>(200), ProducesResponseType<ProblemDetails>(400)]
    [Access(Rule.ReadAggregates)]
    public static async Task<IResult> Get(IDocumentStore store, TimeProvider clock, CancellationToken cancellation,
        string? from = null, string? to = null, string? team = null, bool asRecorded = false)
    {
        if (Period(from, to, clock, out var first, out var last) is { Count: > 0 } problems) return Problem(problems);
        var rows = await KpiPackQuery.Pack(store, first, last, team, asRecorded, cancellation);
        var kpis = rows.GroupBy(r => r.KpiId).Select(g =>
        {
            var k = g.First();
            return new KpiPackEntry(k.KpiId, k.Number, k.Title, k.Frequency, k.ServiceArea, k.Better, k.Unit, g.Select(r => r.Figures).ToList());
        }).ToList();
        return Results.Ok(new KpiPackAnswer(first, last, team, asRecorded, kpis));
    }

    [WolverineGet("/api/kpi-pack.csv"), Tags("KPI pack"), EndpointSummary("The monthly KPI pack as CSV, one row per KPI and month.")]
    [Produces("text/csv"), ProducesResponseType<ProblemDetails>(400)]
    [Access(Rule.ReadAggregates)]
    public static async Task<IResult> GetCsv(IDocumentStore store, TimeProvider clock, CancellationToken cancellation,
        string? from = null, string? to = null, string? team = null, bool asRecorded = false)
    {
        if (Period(from, to, clock, out var first, out var last) is { Count: > 0 } problems) return Problem(problems);
        var rows = await KpiPackQuery.Pack(store, first, last, team, asRecorded, cancellation);
        return KpiPackCsv.Result(rows);
    }

    [WolverineGet("/api/kpi-pack/children"), Tags("KPI pack"), EndpointSummary("The children (and episodes) a KPI counted in a month, with team, worker, family and whether each met the standard.")]
    [ProducesResponseType<KpiChildRow[]>(200), ProducesResponseType<ProblemDetails>(400)]
    [Access(Rule.ReadRows)]
    public static async Task<IResult> GetChildren(IDocumentStore store, ReadScope scope, CancellationToken cancellation,
        string? month = null, string? kpi = null, string? team = null, bool asRecorded = false)
    {
        var problems = new List<RuleViolation>();
        var parsed = Month(month, "month", problems);
        if (month is null) problems.Add(new RuleViolation("month", "required", "month is required (yyyy-MM)."));
        var known = Journey.Domain.Kpis.KpiReference.Default.Definitions.Select(d => d.KpiId).ToList();
        if (kpi is not null && !known.Contains(kpi))
            problems.Add(new RuleViolation("kpi", "known-kpi", $"kpi '{kpi}' is not one of {string.Join(", ", known)}."));
        if (problems.Count > 0) return Problem(problems);
        return Results.Ok(await KpiPackQuery.Children(store, scope, parsed!.Value, kpi, team, asRecorded, cancellation));
    }

    /// <summary>The months asked for, parsed once; by default the twelve complete months before today (UK).</summary>
    private static List<RuleViolation> Period(string? from, string? to, TimeProvider clock, out DateOnly first, out DateOnly last)
    {
        var problems = new List<RuleViolation>();
        var fromMonth = Month(from, "from", problems);
        var toMonth = Month(to, "to", problems);
        var today = UkTime.DateOf(clock.GetUtcNow());
        last = toMonth ?? new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        first = fromMonth ?? last.AddMonths(-11);
        if (problems.Count > 0) return problems;
        if (first > last) problems.Add(new RuleViolation("to", "period-ordered", $"to ({to}) is before from ({from})."));
        else if (first.AddMonths(MaxMonths) <= last)
            problems.Add(new RuleViolation("from", "at-most-36-months", $"a pack covers at most {MaxMonths} months; ask for several."));
        return problems;
    }

    private static DateOnly? Month(string? value, string field, List<RuleViolation> problems)
    {
        if (value is null) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)) return month;
        problems.Add(new RuleViolation(field, "year-month", $"{field} '{value}' is not a month in the form yyyy-MM."));
        return null;
    }

    private static IResult Problem(IReadOnlyList<RuleViolation> problems) =>
        JourneyProblems.InvalidQuery("The KPI pack query is not valid.", problems);
}
