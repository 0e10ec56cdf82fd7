using Journey.Domain.Calendars;
using static Journey.Domain.Tests.Calendars.Dates;

namespace Journey.Domain.Tests.Calendars;

/// <summary>Day-0 convention: the start date is day 0; the result is the Nth working day after it.</summary>
public sealed class AddWorkingDaysTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Theory]
    [InlineData("2024-03-08", 0, "2024-03-08")] // Friday, zero days: unchanged
    [InlineData("2024-03-08", 1, "2024-03-11")] // Friday + 1 skips the weekend
    [InlineData("2024-03-08", 5, "2024-03-15")]
    [InlineData("2024-03-09", 0, "2024-03-09")] // Saturday, zero days: still the Saturday itself
    [InlineData("2024-03-09", 1, "2024-03-11")] // Saturday + 1 is Monday
    [InlineData("2024-03-10", 1, "2024-03-11")] // Sunday + 1 is Monday
    [InlineData("2024-03-09", 5, "2024-03-15")]
    public void Weekends_are_skipped(string start, int workingDays, string expected)
    {
        Calendar.AddWorkingDays(Day(start), workingDays).ShouldBe(Day(expected));
    }

    [Theory]
    [InlineData("2021-12-24", 1, "2021-12-29")] // Christmas and Boxing Day substitutes on 27 and 28
    [InlineData("2021-12-24", 3, "2021-12-31")]
    [InlineData("2021-12-24", 4, "2022-01-04")] // New Year's Day substitute on 3 January
    [InlineData("2021-12-23", 1, "2021-12-24")]
    [InlineData("2016-12-23", 1, "2016-12-28")] // Christmas on Sunday: 26 and 27 off
    [InlineData("2020-12-24", 1, "2020-12-29")] // 25 and the Boxing Day substitute on 28
    public void Christmas_and_New_Year_are_skipped(string start, int workingDays, string expected)
    {
        Calendar.AddWorkingDays(Day(start), workingDays).ShouldBe(Day(expected));
    }

    [Theory]
    [InlineData("2024-03-28", 1, "2024-04-02")] // Maundy Thursday + 1 skips Good Friday to Easter Monday
    [InlineData("2024-03-29", 1, "2024-04-02")] // from Good Friday itself
    [InlineData("2024-04-01", 1, "2024-04-02")] // from Easter Monday itself
    [InlineData("2024-03-27", 2, "2024-04-02")]
    public void Easter_is_skipped(string start, int workingDays, string expected)
    {
        Calendar.AddWorkingDays(Day(start), workingDays).ShouldBe(Day(expected));
    }

    [Fact]
    public void Fifteenth_working_day_lands_right_after_Easter_Monday()
    {
        // A weekday-only count would give Good Friday 29 March; the two holidays push it to Tuesday.
        var start = Day("2024-03-08");
        Calendar.AddWorkingDays(start, 14).ShouldBe(Day("2024-03-28"));
        Calendar.AddWorkingDays(start, 15).ShouldBe(Day("2024-04-02"));
    }

    [Fact]
    public void Fifteenth_working_day_lands_right_after_the_state_funeral()
    {
        // 19 September 2022 was proclaimed at ten days' notice; a calendar without it lands on the 19th.
        Calendar.AddWorkingDays(Day("2022-08-26"), 15).ShouldBe(Day("2022-09-20")); // also skips 29 August
    }

    [Fact]
    public void Forty_five_working_days_across_Christmas()
    {
        // Assessment timescale example: 45 working days from 1 November 2023.
        Calendar.AddWorkingDays(Day("2023-11-01"), 45).ShouldBe(Day("2024-01-08"));
    }

    [Fact]
    public void Negative_working_days_are_rejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(Day("2024-03-08"), -1));
    }
}
