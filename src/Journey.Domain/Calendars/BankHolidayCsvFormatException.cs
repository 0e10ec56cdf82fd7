namespace Journey.Domain.Calendars;

/// <summary>
/// A bank-holiday CSV could not be read. Carries the 1-based line number so that whoever edits
/// the seed file by hand is pointed straight at the bad line.
/// </summary>
public sealed class BankHolidayCsvFormatException(string calendarName, int lineNumber, string problem)
    : FormatException($"Bank holiday CSV for '{calendarName}', line {lineNumber}: {problem}")
{
    public string CalendarName { get; } = calendarName;

    public int LineNumber { get; } = lineNumber;
}
