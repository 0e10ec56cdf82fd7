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
