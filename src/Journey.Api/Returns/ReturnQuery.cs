using System.Globalization;
using Journey.Api.Hosting;
using Journey.Api.Timeline;
using Journey.Domain.Journeys;

namespace Journey.Api.Returns;

/// <summary>
/// The parameters of a return as the API's query and the command's flags give them, checked alike: <c>year</c> is
/// required, a whole number between 1900 and 2100 (QueryDates' bounds); <c>asRecordedAt</c> is an instant, or a date
/// meaning the end of that UK day, as the timeline reads it; then the return refuses what its specification does
/// not cover (<see cref="IStatutoryReturn.Refuse"/>). A return that takes a period (Annex A, decision 93) may be given
/// <c>periodEnd</c>, or <c>from</c> and <c>to</c> together, instead of the year: dates (yyyy-MM-dd) within the same
/// bounds, <c>to</c> not before <c>from</c>; its year is then the collection year the period ends in.
/// </summary>
public static class ReturnQuery
{
    /// <summary>Why a collection year cannot be taken: none given (<c>required</c>), or outside 1900 to 2100 (<c>plausible-date</c>); null when it can.</summary>
    public static RuleViolation? YearRefused(int? year) => year switch
    {
        null => new RuleViolation("year", "required", "year is required: the collection year, named by the year it ends (2026 for 2025/26, 1 April 2025 to 31 March 2026)."),
        < QueryDates.EarliestYear or > QueryDates.LatestYear => new RuleViolation("year", "plausible-date", $"year ({year}) must fall between {QueryDates.EarliestYear} and {QueryDates.LatestYear}."),
        _ => null,
    };

    public static (ReturnParameters? Parameters, IReadOnlyList<RuleViolation> Violations) Parse(IStatutoryReturn statutoryReturn, int? year, string? asRecordedAt,
        string? periodEnd = null, string? from = null, string? to = null)
    {
        var violations = new List<RuleViolation>();
        var end = Date(periodEnd, "periodEnd", violations);
        var first = Date(from, "from", violations);
        var last = Date(to, "to", violations);
        Period(statutoryReturn, periodEnd, from, to, violations);
        if (first > last)
            violations.Add(new RuleViolation("to", "period-ordered", $"to ({to}) is before from ({from})."));
        var periodGiven = statutoryReturn.TakesPeriod && (periodEnd is not null || (from is not null && to is not null));
        if ((year is not null || !periodGiven) && YearRefused(year) is { } yearRefused) violations.Add(yearRefused);
        var recordedBy = TimelineEndpoint.Instant(asRecordedAt, "asRecordedAt");
        if (asRecordedAt is not null && recordedBy is null)
            violations.Add(new RuleViolation("asRecordedAt", "iso-8601-instant", $"asRecordedAt '{asRecordedAt}' is not an ISO 8601 date or date-time."));
        if (violations.Count > 0) return (null, violations);

        var collectionYear = year is { } y ? new CollectionYear(y) : CollectionYear.Of((end ?? last)!.Value);
        var parameters = new ReturnParameters(collectionYear, recordedBy, end, first, last);
        var refused = statutoryReturn.Refuse(parameters).ToArray();
        return refused.Length > 0 ? (null, refused) : (parameters, []);
    }

    /// <summary>A period is Annex A's alone, and is either its end or both its first and last day.</summary>
    private static void Period(IStatutoryReturn statutoryReturn, string? periodEnd, string? from, string? to, List<RuleViolation> violations)
    {
        if (!statutoryReturn.TakesPeriod)
        {
            foreach (var (field, value) in new[] { ("periodEnd", periodEnd), ("from", from), ("to", to) })
                if (value is not null)
                    violations.Add(new RuleViolation(field, "period-not-taken", $"The {statutoryReturn.Title} covers a collection year; {field} is for Annex A."));
            return;
        }
        if (periodEnd is not null && (from is not null || to is not null))
            violations.Add(new RuleViolation("periodEnd", "period-end-or-from-to",
                "Give periodEnd (the lists' periods worked out back from it) or from and to (one period for every list), not both."));
        else if ((from is null) != (to is null))
            violations.Add(new RuleViolation(from is null ? "from" : "to", "from-and-to-together", "from and to are given together: the first and last day of the period asked for."));
    }

    private static DateOnly? Date(string? value, string field, List<RuleViolation> violations)
    {
        if (value is null) return null;
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            violations.Add(new RuleViolation(field, "iso-8601-date", $"{field} '{value}' is not a date in the form yyyy-MM-dd."));
        else if (date.Year is < QueryDates.EarliestYear or > QueryDates.LatestYear)
            violations.Add(new RuleViolation(field, "plausible-date", $"{field} ({value}) must fall between {QueryDates.EarliestYear} and {QueryDates.LatestYear}."));
        else return date;
        return null;
    }
}
