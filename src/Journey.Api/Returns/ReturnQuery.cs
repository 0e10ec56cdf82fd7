using Journey.Api.Hosting;
using Journey.Api.Timeline;
using Journey.Domain.Journeys;

namespace Journey.Api.Returns;

/// <summary>
/// The parameters of a return as the API's query and the command's flags give them, checked alike: <c>year</c> is
/// required, a whole number between 1900 and 2100 (QueryDates' bounds); <c>asRecordedAt</c> is an instant, or a date
/// meaning the end of that UK day, as the timeline reads it; then the return refuses what its specification does
/// not cover (<see cref="IStatutoryReturn.Refuse"/>).
/// </summary>
public static class ReturnQuery
{
    public static (ReturnParameters? Parameters, IReadOnlyList<RuleViolation> Violations) Parse(IStatutoryReturn statutoryReturn, int? year, string? asRecordedAt)
    {
        var violations = new List<RuleViolation>();
        if (year is null)
            violations.Add(new RuleViolation("year", "required", "year is required: the collection year, named by the year it ends (2026 for 2025/26, 1 April 2025 to 31 March 2026)."));
        else if (year is < QueryDates.EarliestYear or > QueryDates.LatestYear)
            violations.Add(new RuleViolation("year", "plausible-date", $"year ({year}) must fall between {QueryDates.EarliestYear} and {QueryDates.LatestYear}."));
        var recordedBy = TimelineEndpoint.Instant(asRecordedAt, "asRecordedAt");
        if (asRecordedAt is not null && recordedBy is null)
            violations.Add(new RuleViolation("asRecordedAt", "iso-8601-instant", $"asRecordedAt '{asRecordedAt}' is not an ISO 8601 date or date-time."));
        if (violations.Count > 0) return (null, violations);

        var parameters = new ReturnParameters(new CollectionYear(year!.Value), recordedBy);
        var refused = statutoryReturn.Refuse(parameters).ToArray();
        return refused.Length > 0 ? (null, refused) : (parameters, []);
    }
}
