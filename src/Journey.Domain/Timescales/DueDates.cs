using Journey.Domain.Calendars;

namespace Journey.Domain.Timescales;

/// <summary>
/// The last day of a period that starts on a date, as its rule counts it (decision 77). Day 0 (the
/// words "within N of", "from", "after"): the period runs from the day after the start, so it ends N
/// working days, 7N days, N days or N calendar months after the start date (the same date N months
/// on, or the month's last day when it has none: 31 January + 1 month is 28 or 29 February). Day 1
/// ("beginning with the day"): the start date is the first day, so the period ends the day before:
/// 26 weeks beginning with Monday 6 January 2025 end on Sunday 6 July 2025, a month beginning with
/// 1 March ends on 31 March, and one beginning with 31 January ends with February, which has no
/// 31st to end the day before. In working days the start is day 1 when it is a working day, else
/// the next working day is.
/// </summary>
public static class DueDates
{
    public static DateOnly From(TimescaleRule rule, DateOnly start, WorkingDayCalendar calendar)
    {
        var dayOne = rule.Counting == TimescaleCounting.DayOne;
        return rule.Unit switch
        {
            TimescaleUnit.WorkingDays => dayOne
                ? calendar.AddWorkingDaysCountingStartAsDayOne(start, rule.Target)
                : calendar.AddWorkingDays(start, rule.Target),
            TimescaleUnit.Months => dayOne ? MonthsBeginningWith(start, rule.Target) : start.AddMonths(rule.Target),
            TimescaleUnit.Weeks => start.AddDays(7 * rule.Target - (dayOne ? 1 : 0)),
            TimescaleUnit.Days => start.AddDays(rule.Target - (dayOne ? 1 : 0)),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Unit, $"A {TimescaleUnits.Name(rule.Unit)} rule has no due date from a date.")
        };
    }

    /// <summary>The day before the same date N months on; where that month has no such date, its last day.</summary>
    private static DateOnly MonthsBeginningWith(DateOnly start, int months)
    {
        var same = start.AddMonths(months);
        return same.Day == start.Day ? same.AddDays(-1) : same;
    }
}
