using System.Globalization;
using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Timescales;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.Measures;

public static class MeasuresEndpoint
{
    public static readonly IReadOnlyList<string> Statuses = ["met", "late", "open-in-time", "open-overdue"];

    [WolverineGet("/api/measures"), Tags("Measures"), EndpointSummary("Timeliness measure rows, one per child, measure and episode, as JSON.")]
    [ProducesResponseType<MeasureRow[]>(200), ProducesResponseType<ProblemDetails>(400)]
    [Access(Rule.ReadRows)]
    public static Task<IResult> Get(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? measure = null, string? status = null, string? childId = null, string? familyId = null,
        string? from = null, string? to = null, string? periodBy = null, string? asAt = null, bool asRecorded = false, int? limit = null, int? offset = null,
        string? team = null, string? worker = null) =>
        Query(store, scope, clock, cancellation, measure, status, childId, familyId, from, to, periodBy, asAt, asRecorded, limit, offset, team, worker, rows => Results.Ok(rows));

    [WolverineGet("/api/measures.csv"), Tags("Measures"), EndpointSummary("The same measure rows as CSV, for spreadsheets.")]
    [ProducesResponseType<string>(200, "text/csv"), ProducesResponseType<ProblemDetails>(400)]
    [Access(Rule.ReadRows)]
    public static Task<IResult> GetCsv(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? measure = null, string? status = null, string? childId = null, string? familyId = null,
        string? from = null, string? to = null, string? periodBy = null, string? asAt = null, bool asRecorded = false, int? limit = null, int? offset = null,
        string? team = null, string? worker = null) =>
        Query(store, scope, clock, cancellation, measure, status, childId, familyId, from, to, periodBy, asAt, asRecorded, limit, offset, team, worker,
            MeasureCsv.Result);

    private static async Task<IResult> Query(IDocumentStore store, ReadScope scope, TimeProvider clock, CancellationToken cancellation,
        string? measure, string? status, string? childId, string? familyId, string? from, string? to, string? periodBy, string? asAt, bool asRecorded, int? limit, int? offset,
        string? team, string? worker, Func<IReadOnlyList<MeasureRow>, IResult> answer)
    {
        var problems = new List<RuleViolation>();
        var fromDate = ParseDate(from, "from", problems);
        var toDate = ParseDate(to, "to", problems);
        DateTimeOffset? asAtInstant = null;
        if (asAt is not null)
        {
            // A bare date means as the day ended in the UK: everything dated that day counts.
            if (DateOnly.TryParseExact(asAt, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                asAtInstant = UkTime.EndOf(day);
            else if (DateTimeOffset.TryParse(asAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)) asAtInstant = parsed;
            else problems.Add(new RuleViolation("asAt", "iso-8601-instant", $"asAt '{asAt}' is not an ISO 8601 date or date-time."));
        }
        if (measure is not null && !Journey.Domain.Timescales.Measures.All.Contains(measure))
            problems.Add(new RuleViolation("measure", "known-measure", $"measure '{measure}' is not one of {string.Join(", ", Journey.Domain.Timescales.Measures.All)}."));
        if (status is not null && !Statuses.Contains(status))
            problems.Add(new RuleViolation("status", "known-status", $"status '{status}' is not one of {string.Join(", ", Statuses)}."));
        if (periodBy is not null && !MeasureQuery.PeriodColumns.Contains(periodBy))
            problems.Add(new RuleViolation("periodBy", "known-period-column", $"periodBy '{periodBy}' is not one of {string.Join(", ", MeasureQuery.PeriodColumns)}."));
        if (limit is < 1 or > MeasureFilter.MaxLimit)
            problems.Add(new RuleViolation("limit", "page-size", $"limit must be 1 to {MeasureFilter.MaxLimit}."));
        if (offset is < 0)
            problems.Add(new RuleViolation("offset", "not-negative", "offset cannot be negative."));
        if (fromDate > toDate)
            problems.Add(new RuleViolation("to", "period-ordered", $"to ({to}) is before from ({from})."));
        if (problems.Count > 0)
            return JourneyProblems.InvalidQuery("The measure query is not valid.", problems);

        var filter = new MeasureFilter(measure, status, childId, familyId, fromDate, toDate, periodBy ?? "start", asAtInstant ?? clock.GetUtcNow(), asRecorded,
            limit ?? MeasureFilter.DefaultLimit, offset ?? 0, team, worker);
        return answer(await MeasureQuery.Run(store, scope, filter, cancellation));
    }

    private static DateOnly? ParseDate(string? value, string field, List<RuleViolation> problems)
    {
        if (value is null) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        problems.Add(new RuleViolation(field, "iso-8601-date", $"{field} '{value}' is not a date in the form yyyy-MM-dd."));
        return null;
    }
}
