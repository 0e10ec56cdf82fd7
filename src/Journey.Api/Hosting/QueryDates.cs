using System.Globalization;
using System.Text.RegularExpressions;
using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.Hosting;

/// <summary>
/// A date in a query (asAt, from, to, month, asRecordedAt, asOccurredAt) that reads as a date but
/// cannot be meant (year 0001, 9999: a slip of the keyboard) is refused with 400 naming it, on every
/// read that takes one, rather than answered as if asked: "as at 0026-11-23" would be answered with
/// an empty list that looks like a real one. Whether the value reads as a date at all stays each
/// endpoint's own check. Applied by convention in Program.cs (decision 51).
/// </summary>
public static partial class QueryDates
{
    public const int EarliestYear = 1900;
    public const int LatestYear = 2100;

    public static readonly IReadOnlySet<string> Names =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "asAt", "from", "to", "month", "asRecordedAt", "asOccurredAt" };

    public static bool Applies(HttpChain chain) =>
        chain.HttpMethods.Contains("GET") && chain.Method.Method.GetParameters().Any(p => Names.Contains(p.Name!));

    public static ProblemDetails Before(HttpContext http)
    {
        var violations = new List<RuleViolation>();
        foreach (var (name, values) in http.Request.Query)
        {
            if (!Names.Contains(name) || YearPattern().Match(values.ToString()) is not { Success: true } year) continue;
            if (int.TryParse(year.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= EarliestYear and <= LatestYear) continue;
            violations.Add(new RuleViolation(name, "plausible-date", $"{name} ({values}) must fall between {EarliestYear} and {LatestYear}."));
        }
        return violations.Count == 0 ? WolverineContinue.NoProblems : JourneyProblems.InvalidQueryProblem("The query is not valid.", violations);
    }

    // The year of anything written as an ISO date, month or date-time: four or more digits before the first dash
    // (23-11-2026 is not ISO at all, and is left to the endpoint to refuse as such).
    [GeneratedRegex(@"\A\s*(\d{4,})-")]
    private static partial Regex YearPattern();
}
