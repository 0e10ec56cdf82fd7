using Journey.Domain.Calendars;
using static Journey.Domain.Tests.Calendars.Dates;

namespace Journey.Domain.Tests.Calendars;

public sealed class WorkingDaysBetweenTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Theory]
    [InlineData("2024-03-08", "2024-03-08", 0)]
    [InlineData("2024-03-08", "2024-03-01", 0)] // end before start
    [InlineData("2024-03-09", "2024-03-10", 0)] // Saturday to Sunday
    [InlineData("2024-03-08", "2024-03-11", 1)] // Friday to Monday
    [InlineData("2024-03-28", "2024-04-01", 0)] // Thursday to Easter Monday: all holidays or weekend
    [InlineData("2024-03-28", "2024-04-02", 1)]
    [InlineData("2024-03-08", "2024-04-02", 15)]
    [InlineData("2021-12-24", "2022-01-04", 4)]
    [InlineData("2024-01-01", "2024-12-31", 254)] // 2024: 262 weekdays less 8 bank holidays
    public void Counts_working_days_after_start_up_to_and_including_end(string start, string end, int expected)
    {
        Calendar.WorkingDaysBetween(Day(start), Day(end)).ShouldBe(expected);
    }

    [Fact]
    public void Is_the_inverse_of_AddWorkingDays()
    {
        var random = new Random(20240308);
        var firstStart = Calendar.CoversFrom.DayNumber;
        var lastStart = Day("2035-09-30").DayNumber; // leaves room for 60 working days
        for (var sample = 0; sample < 2_000; sample++)
        {
            var start = DateOnly.FromDayNumber(random.Next(firstStart, lastStart + 1));
            for (var n = 0; n <= 60; n++)
            {
                var deadline = Calendar.AddWorkingDays(start, n);
                Calendar.WorkingDaysBetween(start, deadline).ShouldBe(n, $"start {start:O}, n {n}");
                if (n > 0)
                {
                    Calendar.IsWorkingDay(deadline).ShouldBeTrue();
                    // The deadline is the first day reaching n, not a later one.
                    Calendar.WorkingDaysBetween(start, deadline.AddDays(-1)).ShouldBe(n - 1);
                }
            }
        }
    }

    [Fact]
    public void Agrees_with_a_naive_day_by_day_count()
    {
        var holidays = Calendar.BankHolidays.Select(holiday => holiday.Date).ToHashSet();
        bool IsWorkingDay(DateOnly day) =>
            day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);

        var random = new Random(45);
        var first = Calendar.CoversFrom.DayNumber;
        var last = Calendar.CoversTo.DayNumber;
        for (var sample = 0; sample < 500; sample++)
        {
            var start = DateOnly.FromDayNumber(random.Next(first, last + 1));
            var end = DateOnly.FromDayNumber(Math.Min(last, start.DayNumber + random.Next(-10, 400)));

            var naive = 0;
            for (var day = start.AddDays(1); day <= end; day = day.AddDays(1))
            {
                naive += IsWorkingDay(day) ? 1 : 0;
            }

            Calendar.WorkingDaysBetween(start, end).ShouldBe(naive, $"{start:O} to {end:O}");
            Calendar.IsWorkingDay(start).ShouldBe(IsWorkingDay(start));
        }
    }
}
