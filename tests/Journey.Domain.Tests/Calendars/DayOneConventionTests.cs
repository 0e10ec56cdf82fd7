using Journey.Domain.Calendars;
using static Journey.Domain.Tests.Calendars.Dates;

namespace Journey.Domain.Tests.Calendars;

/// <summary>
/// DfE validators' convention (start is day 1) against this project's (start is day 0). They
/// differ by one working day when the start is a working day and agree otherwise.
/// </summary>
public sealed class DayOneConventionTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Theory]
    // Start on a bank holiday (Easter Monday): day 1 is the next working day, as in day-0 counting.
    [InlineData("2024-04-01", 1, "2024-04-02", "2024-04-02")]
    [InlineData("2024-04-01", 2, "2024-04-03", "2024-04-03")]
    // Start on Good Friday, with Easter Monday still to come.
    [InlineData("2024-03-29", 1, "2024-04-02", "2024-04-02")]
    // Start the day before a bank holiday: the start is day 1 under the validators' convention.
    [InlineData("2024-03-28", 1, "2024-03-28", "2024-04-02")]
    [InlineData("2024-03-28", 2, "2024-04-02", "2024-04-03")]
    [InlineData("2024-05-24", 1, "2024-05-24", "2024-05-28")] // Friday before the Spring bank holiday
    [InlineData("2024-05-24", 2, "2024-05-28", "2024-05-29")]
    // Start on a weekend.
    [InlineData("2024-03-09", 1, "2024-03-11", "2024-03-11")]
    [InlineData("2024-03-09", 15, "2024-04-02", "2024-04-02")] // a weekday-only count would give Good Friday
    // From working days either side of that weekend the conventions straddle Easter.
    [InlineData("2024-03-08", 15, "2024-03-28", "2024-04-02")]
    [InlineData("2024-03-11", 15, "2024-04-02", "2024-04-03")]
    // Christmas Eve before two substitute days.
    [InlineData("2021-12-24", 2, "2021-12-29", "2021-12-30")]
    public void Day_one_versus_day_zero(string start, int workingDays, string dayOneDeadline, string dayZeroDeadline)
    {
        Calendar.AddWorkingDaysCountingStartAsDayOne(Day(start), workingDays).ShouldBe(Day(dayOneDeadline));
        Calendar.AddWorkingDays(Day(start), workingDays).ShouldBe(Day(dayZeroDeadline));
    }

    [Fact]
    public void Conventions_differ_by_exactly_one_working_day_only_when_start_is_a_working_day()
    {
        for (var start = Day("2021-11-01"); start <= Day("2022-02-28"); start = start.AddDays(1))
        {
            for (var n = 1; n <= 20; n++)
            {
                var dayOne = Calendar.AddWorkingDaysCountingStartAsDayOne(start, n);
                var expected = Calendar.IsWorkingDay(start)
                    ? Calendar.AddWorkingDays(start, n - 1)
                    : Calendar.AddWorkingDays(start, n);
                dayOne.ShouldBe(expected, $"start {start:O}, n {n}");
                Calendar.IsWorkingDay(dayOne).ShouldBeTrue();
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Day_one_counting_needs_at_least_one_day(int workingDays)
    {
        Should.Throw<ArgumentOutOfRangeException>(
            () => Calendar.AddWorkingDaysCountingStartAsDayOne(Day("2024-03-08"), workingDays));
    }
}
