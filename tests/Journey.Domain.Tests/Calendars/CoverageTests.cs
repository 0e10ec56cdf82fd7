using Journey.Domain.Calendars;
using static Journey.Domain.Tests.Calendars.Dates;

namespace Journey.Domain.Tests.Calendars;

/// <summary>Outside the coverage the holidays are unknown, so every answer must be refused.</summary>
public sealed class CoverageTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Theory]
    [InlineData("2009-12-31")]
    [InlineData("2036-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void Dates_outside_coverage_are_refused_everywhere(string date)
    {
        var day = Day(date);
        var inside = Day("2024-03-08");

        ShouldNameTheCoverage(Should.Throw<ArgumentOutOfRangeException>(() => Calendar.IsWorkingDay(day)));
        ShouldNameTheCoverage(Should.Throw<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(day, 0)));
        ShouldNameTheCoverage(Should.Throw<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDaysCountingStartAsDayOne(day, 1)));
        ShouldNameTheCoverage(Should.Throw<ArgumentOutOfRangeException>(() => Calendar.WorkingDaysBetween(day, inside)));
        ShouldNameTheCoverage(Should.Throw<ArgumentOutOfRangeException>(() => Calendar.WorkingDaysBetween(inside, day)));
    }

    [Fact]
    public void Coverage_edges_are_inside()
    {
        Calendar.IsWorkingDay(Day("2010-01-01")).ShouldBeFalse(); // New Year's Day, a Friday
        Calendar.IsWorkingDay(Day("2035-12-31")).ShouldBeTrue();
        Calendar.AddWorkingDays(Day("2035-12-28"), 1).ShouldBe(Day("2035-12-31"));
        Calendar.AddWorkingDays(Day("2035-12-31"), 0).ShouldBe(Day("2035-12-31"));
        Calendar.AddWorkingDaysCountingStartAsDayOne(Day("2035-12-31"), 1).ShouldBe(Day("2035-12-31"));
        Calendar.WorkingDaysBetween(Day("2010-01-01"), Day("2010-01-04")).ShouldBe(1);
    }

    [Theory]
    [InlineData("2035-12-28", 2)]
    [InlineData("2035-12-31", 1)]
    [InlineData("2035-06-01", 200)]
    [InlineData("2010-01-01", int.MaxValue)]
    public void Results_past_the_coverage_are_refused(string start, int workingDays)
    {
        var exception = Should.Throw<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(Day(start), workingDays));
        ShouldNameTheCoverage(exception);
        exception.ParamName.ShouldBe("workingDays");
        Should.Throw<ArgumentOutOfRangeException>(
            () => Calendar.AddWorkingDaysCountingStartAsDayOne(Day(start), workingDays + (workingDays == int.MaxValue ? 0 : 1)));
    }

    private static void ShouldNameTheCoverage(ArgumentOutOfRangeException exception)
    {
        exception.Message.ShouldContain("England and Wales");
        exception.Message.ShouldContain("2010-01-01");
        exception.Message.ShouldContain("2035-12-31");
    }
}
