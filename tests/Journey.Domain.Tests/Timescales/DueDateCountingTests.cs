using Journey.Domain.Calendars;
using Journey.Domain.Missing;
using Journey.Domain.Proceedings;
using Journey.Domain.Protection;
using Journey.Domain.Timescales;
using static Journey.Domain.Tests.Calendars.Dates;

namespace Journey.Domain.Tests.Timescales;

/// <summary>
/// Due dates as the words of each rule's source count them (decision 77): day 0 for "within N of",
/// "from" and "after", day 1 for "beginning with the day". Expected dates are counted by hand on a
/// calendar; bank holidays from the gov.uk lists (Easter 2024: Friday 29 March, Monday 1 April).
/// </summary>
public sealed class DueDateCountingTests
{
    private static readonly TimelinessClocks Clocks = TimelinessClocks.Default;
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private static TimescaleRule Rule(TimescaleUnit unit, int target, TimescaleCounting counting) =>
        new("test", "test", unit, target, Day("2010-01-01"), "test", counting, "words", "test");

    [Fact]
    public void Care_proceedings_issued_on_Monday_6_January_2025_must_finish_by_Sunday_6_July_2025()
    {
        // s.32(1)(a)(ii): "within twenty-six weeks beginning with the day on which the application was issued":
        // Monday 6 January is day 1, so the 182nd day, the last of the 26 weeks, is Sunday 6 July.
        var clock = Clocks.Start(ProceedingsClocks.CareProceedings, DateTimeOffset.Parse("2025-01-06T10:00:00+00:00"));
        (clock.DueDate, clock.DueDate.DayOfWeek, clock.Rule.Counting).ShouldBe((Day("2025-07-06"), DayOfWeek.Sunday, TimescaleCounting.DayOne));
        clock.Rule.Words.ShouldBe("in any event within twenty-six weeks beginning with the day on which the application was issued");
    }

    [Theory]
    // Weeks: "beginning with" ends the day before the same weekday; "within N weeks of" ends on it.
    [InlineData(TimescaleUnit.Weeks, 26, "2025-01-06", "2025-07-06", "2025-07-07")]
    [InlineData(TimescaleUnit.Weeks, 1, "2025-01-06", "2025-01-12", "2025-01-13")]
    // Days.
    [InlineData(TimescaleUnit.Days, 35, "2016-03-01", "2016-04-04", "2016-04-05")]
    // Months: the corresponding date rule. 31 January + 1 month has no 31 February, so day 0 ends on
    // the month's last day (28 February 2025, 29 February 2024), and so does day 1, which cannot end
    // the day before a date that does not exist.
    [InlineData(TimescaleUnit.Months, 1, "2025-01-31", "2025-02-28", "2025-02-28")]
    [InlineData(TimescaleUnit.Months, 1, "2024-01-31", "2024-02-29", "2024-02-29")]
    [InlineData(TimescaleUnit.Months, 1, "2025-03-01", "2025-03-31", "2025-04-01")]
    [InlineData(TimescaleUnit.Months, 3, "2025-01-14", "2025-04-13", "2025-04-14")]
    [InlineData(TimescaleUnit.Months, 3, "2025-11-30", "2026-02-28", "2026-02-28")]
    // Working days: day 1 is the start when it is a working day; from a bank holiday the two agree.
    [InlineData(TimescaleUnit.WorkingDays, 15, "2024-03-08", "2024-03-28", "2024-04-02")] // Friday before Easter
    [InlineData(TimescaleUnit.WorkingDays, 1, "2024-03-28", "2024-03-28", "2024-04-02")]  // Thursday before Good Friday
    [InlineData(TimescaleUnit.WorkingDays, 1, "2024-04-01", "2024-04-02", "2024-04-02")]  // Easter Monday
    public void Each_unit_counts_the_start_as_day_one_or_day_zero(TimescaleUnit unit, int target, string start, string dayOne, string dayZero)
    {
        DueDates.From(Rule(unit, target, TimescaleCounting.DayOne), Day(start), Calendar).ShouldBe(Day(dayOne));
        DueDates.From(Rule(unit, target, TimescaleCounting.DayZero), Day(start), Calendar).ShouldBe(Day(dayZero));
    }

    [Fact]
    public void Working_days_of_a_rule_skip_bank_holidays_from_the_day_after_the_start()
    {
        // "within 15 working days of the Strategy Discussion": Friday 8 March 2024 is day 0; Good Friday
        // and Easter Monday are not working days, so the 15th is Tuesday 2 April, not Thursday 28 March.
        var clock = Clocks.Start(ProtectionClocks.InitialConference, DateTimeOffset.Parse("2024-03-08T15:00:00+00:00"));
        (clock.DueDate, clock.Rule.Counting).ShouldBe((Day("2024-04-02"), TimescaleCounting.DayZero));
    }

    [Fact]
    public void Three_months_of_a_rule_end_on_the_same_date_or_the_months_last_day()
    {
        // "within three months of the Initial Child Protection Conference": 14 January is due 14 April;
        // 30 November 2025 has no 30 February, so 28 February 2026.
        Clocks.Start(ProtectionClocks.FirstReviewConference, DateTimeOffset.Parse("2025-01-14T10:00:00+00:00")).DueDate.ShouldBe(Day("2025-04-14"));
        Clocks.Start(ProtectionClocks.FirstReviewConference, DateTimeOffset.Parse("2025-11-30T10:00:00+00:00")).DueDate.ShouldBe(Day("2026-02-28"));
    }

    [Fact]
    public void Hours_run_on_the_clock_across_the_change_to_winter_time()
    {
        // "within 72 hours of the child returning": back at noon on Saturday 25 October 2025 (BST); the clocks
        // go back an hour on Sunday 26th, so 72 hours later is 11:00 on Tuesday 28th by the clock on the wall.
        var clock = Clocks.Start(MissingClocks.ReturnInterview, DateTimeOffset.Parse("2025-10-25T12:00:00+01:00"));
        clock.DueAt.ShouldBe(DateTimeOffset.Parse("2025-10-28T11:00:00+00:00"));
        clock.DueDate.ShouldBe(Day("2025-10-28"));
    }
}
