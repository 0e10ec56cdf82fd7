using System.Globalization;

namespace Journey.Domain.Calendars;

/// <summary>
/// Reads the <c>date,name</c> bank-holiday seed format. Deliberately strict: the file is edited by
/// hand when a proclamation adds a holiday, and a silently skipped or misread line would shift
/// every statutory deadline around it. Names may not contain commas (there is no quoting).
/// </summary>
internal static class BankHolidayCsv
{
    public const string Header = "date,name";

    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>The holidays in file order (which is checked to be strictly ascending).</summary>
    public static List<BankHoliday> Read(string calendarName, TextReader csv)
    {
        var header = csv.ReadLine();
        // A reader over a file with a byte-order mark may hand it through as U+FEFF.
        if (header is null || header.TrimStart('\uFEFF').Trim() != Header)
        {
            throw new BankHolidayCsvFormatException(calendarName, 1, $"expected the header '{Header}'.");
        }

        var holidays = new List<BankHoliday>();
        var lineNumber = 1;
        for (var line = csv.ReadLine(); line is not null; line = csv.ReadLine())
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var holiday = ParseRow(calendarName, lineNumber, line);
            CheckFollows(calendarName, lineNumber, holidays.Count > 0 ? holidays[^1] : null, holiday);
            holidays.Add(holiday);
        }

        if (holidays.Count == 0)
        {
            throw new BankHolidayCsvFormatException(calendarName, lineNumber, "the file lists no bank holidays.");
        }

        return holidays;
    }

    private static BankHoliday ParseRow(string calendarName, int lineNumber, string line)
    {
        var fields = line.Split(',');
        if (fields.Length != 2)
        {
            throw new BankHolidayCsvFormatException(
                calendarName, lineNumber, $"expected 2 fields (date,name) but found {fields.Length} in '{line}'.");
        }

        var dateText = fields[0].Trim();
        if (!DateOnly.TryParseExact(dateText, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new BankHolidayCsvFormatException(
                calendarName, lineNumber, $"'{dateText}' is not a date in the form {DateFormat}.");
        }

        var name = fields[1].Trim();
        if (name.Length == 0)
        {
            throw new BankHolidayCsvFormatException(calendarName, lineNumber, $"the holiday on {dateText} has no name.");
        }

        // Holidays at a weekend are observed on a substitute weekday; listing the weekend date
        // would remove no working day, so it is almost certainly a mistake for the substitute.
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            throw new BankHolidayCsvFormatException(
                calendarName, lineNumber, $"{dateText} is a {date.DayOfWeek}; list the substitute weekday instead.");
        }

        return new BankHoliday(date, name);
    }

    private static void CheckFollows(string calendarName, int lineNumber, BankHoliday? previous, BankHoliday holiday)
    {
        if (previous is null)
        {
            return;
        }

        if (holiday.Date <= previous.Date)
        {
            throw new BankHolidayCsvFormatException(
                calendarName, lineNumber,
                $"{Iso(holiday.Date)} does not come after {Iso(previous.Date)}; dates must be unique and ascending.");
        }

        // Coverage is taken as whole years, so a year with no rows would be treated as having no
        // holidays at all rather than as missing.
        if (holiday.Date.Year > previous.Date.Year + 1)
        {
            throw new BankHolidayCsvFormatException(
                calendarName, lineNumber,
                $"no bank holiday is listed for {previous.Date.Year + 1} (jumps from {previous.Date.Year} to {holiday.Date.Year}); every year in between must be listed.");
        }
    }

    private static string Iso(DateOnly day) => day.ToString(DateFormat, CultureInfo.InvariantCulture);
}
