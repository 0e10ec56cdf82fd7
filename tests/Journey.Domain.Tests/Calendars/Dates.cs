using System.Globalization;

namespace Journey.Domain.Tests.Calendars;

internal static class Dates
{
    /// <summary>ISO yyyy-MM-dd, so test data reads like the CSV and gov.uk lists.</summary>
    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
