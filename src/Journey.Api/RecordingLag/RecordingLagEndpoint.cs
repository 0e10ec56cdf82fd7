using System.Globalization;
using Journey.Api.Authorisation;
using Journey.Api.Hosting;
using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Timescales;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.RecordingLag;

/// <summary>
/// Recording lag by team (issue 4): for the steps recorded in a period, how long after happening
/// they were recorded, from journey.recording_lag. Filled by the async daemon, so a step recorded a
/// moment ago may not be counted yet (GET /api/projections says how far behind it is).
/// </summary>
public static class RecordingLagEndpoint
{
    public const string Header = "team,step_type,steps_recorded,median_lag_hours,p90_lag_hours,late_steps,late_percent,rule_id";

    [WolverineGet("/api/recording-lag"), Tags("Measures"), EndpointSummary("Recording lag by team and step type: median and 90th percentile hours, share recorded late.")]
    [ProducesResponseType<RecordingLagRow[]>(200), ProducesResponseType<ProblemDetails>(400)]
    [Access(Rule.ReadAggregates)]
    public static async Task<IResult> Get(IDocumentStore store, TimeProvider clock, CancellationToken cancellation,
        string? from = null, string? to = null, string? team = null)
    {
        if (Problems(from, to, team, clock, out var first, out var last) is { Count: > 0 } problems) return Problem(problems);
        return Results.Ok(await RecordingLagQuery.Run(store, first, last, team, cancellation));
    }

    [WolverineGet("/api/recording-lag.csv"), Tags("Measures"), EndpointSummary("Recording lag by team and step type as CSV.")]
    [Produces("text/csv"), ProducesResponseType<ProblemDetails>(400)]
    [Access(Rule.ReadAggregates)]
    public static async Task<IResult> GetCsv(IDocumentStore store, TimeProvider clock, CancellationToken cancellation,
        string? from = null, string? to = null, string? team = null)
    {
        if (Problems(from, to, team, clock, out var first, out var last) is { Count: > 0 } problems) return Problem(problems);
        var rows = await RecordingLagQuery.Run(store, first, last, team, cancellation);
        return CsvText.Result(Header, rows, r =>
        [
            r.Team, r.StepType, CsvText.Number(r.StepsRecorded), CsvText.Number(r.MedianLagHours), CsvText.Number(r.P90LagHours),
            CsvText.Number(r.LateSteps), CsvText.Number(r.LatePercent), r.RuleId ?? "",
        ]);
    }

    /// <summary>The period is of recording dates (UK); by default the year to today: from a year before to, to today.</summary>
    private static List<RuleViolation> Problems(string? from, string? to, string? team, TimeProvider clock, out DateOnly first, out DateOnly last)
    {
        var problems = new List<RuleViolation>();
        var toDate = Date(to, "to", problems);
        var fromDate = Date(from, "from", problems);
        if (team is not null && string.IsNullOrWhiteSpace(team))
            problems.Add(new RuleViolation("team", "not-empty", "team, when given, names a team (or 'unallocated')."));
        last = toDate ?? UkTime.DateOf(clock.GetUtcNow());
        first = fromDate ?? last.AddYears(-1).AddDays(1);
        if (problems.Count == 0 && first > last)
            problems.Add(new RuleViolation("to", "period-ordered", $"to ({last:yyyy-MM-dd}) is before from ({first:yyyy-MM-dd})."));
        return problems;
    }

    private static DateOnly? Date(string? value, string field, List<RuleViolation> problems)
    {
        if (value is null) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        problems.Add(new RuleViolation(field, "iso-8601-date", $"{field} '{value}' is not a date in the form yyyy-MM-dd."));
        return null;
    }

    private static IResult Problem(IReadOnlyList<RuleViolation> problems) =>
        JourneyProblems.InvalidQuery("The recording lag query is not valid.", problems);
}
