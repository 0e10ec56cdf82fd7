using Journey.Domain.Calendars;

namespace Journey.Domain.Timescales;

/// <summary>
/// A measure's clock as it starts: when, under which rule, and when it falls due. Working-day
/// clocks count in UK dates; hour clocks count on the clock; month clocks count calendar months
/// (3 months after 14 January is 14 April); week clocks count whole weeks of calendar days; day
/// clocks count calendar days (a local "35-day" timescale). The rule's counting says whether the
/// start date is day 0 or day 1 (<see cref="DueDates"/>, decision 77). Calendar-day, week and month
/// due dates are not moved off weekends or bank holidays.
/// </summary>
public sealed record TimelinessClock(
    string Measure,
    DateTimeOffset StartAt,
    DateOnly StartDate,
    DateOnly DueDate,
    DateTimeOffset? DueAt,
    TimescaleRule Rule);

public sealed class TimelinessClocks(WorkingDayCalendar calendar, TimescaleRulebook rulebook)
{
    public static TimelinessClocks Default { get; } = new(WorkingDayCalendar.EnglandAndWales, TimescaleRulebook.Default);

    /// <summary>
    /// England and Wales working days with the rule set named (Journey:RuleSet): the default
    /// rulebook when none is named, else the default with the named local overrides merged over it.
    /// </summary>
    public static TimelinessClocks ForRuleSet(string? name) =>
        TimescaleRuleSets.IsDefault(name) ? Default : new(WorkingDayCalendar.EnglandAndWales, TimescaleRuleSets.Load(name));

    public WorkingDayCalendar Calendar => calendar;
    public TimescaleRulebook Rulebook => rulebook;

    public TimelinessClock Start(string measure, DateTimeOffset startAt)
    {
        var startDate = UkTime.DateOf(startAt);
        var rule = rulebook.RuleFor(measure, startDate);
        if (rule.Unit == TimescaleUnit.Hours)
        {
            var dueAt = startAt.AddHours(rule.Target);
            return new TimelinessClock(measure, startAt, startDate, UkTime.DateOf(dueAt), dueAt, rule);
        }
        return new TimelinessClock(measure, startAt, startDate, DueDates.From(rule, startDate, calendar), null, rule);
    }
}

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
