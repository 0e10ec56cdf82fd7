using Journey.Domain.Calendars;
using static Journey.Domain.Tests.Calendars.Dates;

namespace Journey.Domain.Tests.Calendars;

public sealed class ParseTests
{
    private const string TwoYears = """
        date,name
        2020-12-25,Christmas Day
        2021-01-01,New Year's Day
        2021-12-27,Christmas Day (substitute day)
        """;

    private static WorkingDayCalendar Parse(string csv) => WorkingDayCalendar.Parse("Test", new StringReader(csv));

    [Fact]
    public void Coverage_is_whole_years_from_first_to_last_listed()
    {
        var calendar = Parse(TwoYears);
        calendar.Name.ShouldBe("Test");
        calendar.CoversFrom.ShouldBe(Day("2020-01-01"));
        calendar.CoversTo.ShouldBe(Day("2021-12-31"));
        calendar.BankHolidays.Count.ShouldBe(3);
        calendar.IsWorkingDay(Day("2021-12-27")).ShouldBeFalse();
        calendar.IsWorkingDay(Day("2021-12-28")).ShouldBeTrue(); // not listed in this file
    }

    [Fact]
    public void Tolerates_byte_order_mark_blank_lines_and_CRLF()
    {
        var calendar = Parse("\uFEFFdate,name\r\n2021-01-01,New Year's Day\r\n\r\n");
        calendar.BankHolidays.ShouldBe([new BankHoliday(Day("2021-01-01"), "New Year's Day")]);
    }

    [Fact]
    public void Explicit_coverage_narrows_and_drops_holidays_outside_it()
    {
        var calendar = WorkingDayCalendar.Parse("Test", new StringReader(TwoYears), Day("2021-01-01"), Day("2021-06-30"));
        calendar.CoversFrom.ShouldBe(Day("2021-01-01"));
        calendar.CoversTo.ShouldBe(Day("2021-06-30"));
        calendar.BankHolidays.ShouldBe([new BankHoliday(Day("2021-01-01"), "New Year's Day")]);
        Should.Throw<ArgumentOutOfRangeException>(() => calendar.IsWorkingDay(Day("2021-07-01")));
    }

    [Theory]
    [InlineData("2019-12-31", "2021-12-31")]
    [InlineData("2020-01-01", "2022-01-01")]
    public void Explicit_coverage_may_not_reach_an_unlisted_year(string from, string to)
    {
        Should.Throw<ArgumentOutOfRangeException>(
            () => WorkingDayCalendar.Parse("Test", new StringReader(TwoYears), Day(from), Day(to)));
    }

    [Theory]
    [InlineData("", 1, "header")]
    [InlineData("Date,Name\n2021-01-01,New Year's Day", 1, "header")]
    [InlineData("date,name", 1, "no bank holidays")]
    [InlineData("date,name\n2021-01-01,New Year's Day\n2021-13-01,Bad month", 3, "2021-13-01")]
    [InlineData("date,name\n2021-01-01,New Year's Day\n01/04/2021,Good Friday", 3, "yyyy-MM-dd")]
    [InlineData("date,name\n2021-01-01", 2, "2 fields")]
    [InlineData("date,name\n2021-01-01,New Year's Day\n2021-04-02,Good Friday,extra", 3, "2 fields")]
    [InlineData("date,name\n2021-01-01,  ", 2, "no name")]
    [InlineData("date,name\n2021-01-01,New Year's Day\n2021-12-25,Christmas Day", 3, "Saturday")]
    [InlineData("date,name\n2021-04-02,Good Friday\n2021-01-01,New Year's Day", 3, "ascending")]
    [InlineData("date,name\n2021-01-01,New Year's Day\n\n2021-01-01,Again", 4, "ascending")]
    [InlineData("date,name\n2019-01-01,New Year's Day\n2021-01-01,New Year's Day", 3, "2020")]
    public void Malformed_csv_names_the_line(string csv, int lineNumber, string problem)
    {
        var exception = Should.Throw<BankHolidayCsvFormatException>(() => Parse(csv));
        exception.LineNumber.ShouldBe(lineNumber);
        exception.Message.ShouldContain($"line {lineNumber}:");
        exception.Message.ShouldContain(problem);
        exception.Message.ShouldContain("Test");
    }
}
