using Journey.Domain.Calendars;
using static Journey.Domain.Tests.Calendars.Dates;

namespace Journey.Domain.Tests.Calendars;

/// <summary>The embedded seed data, checked against facts known independently of the generator.</summary>
public sealed class EnglandAndWalesBankHolidayTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Fact]
    public void Covers_2010_to_2035_and_is_loaded_once()
    {
        Calendar.Name.ShouldBe("England and Wales");
        Calendar.CoversFrom.ShouldBe(Day("2010-01-01"));
        Calendar.CoversTo.ShouldBe(Day("2035-12-31"));
        WorkingDayCalendar.EnglandAndWales.ShouldBeSameAs(Calendar);
    }

    [Fact]
    public void Holidays_are_sorted_unique_weekdays_with_names()
    {
        var dates = Calendar.BankHolidays.Select(holiday => holiday.Date).ToList();
        dates.ShouldBe(dates.Order().Distinct().ToList());
        Calendar.BankHolidays.ShouldAllBe(holiday =>
            holiday.Date.DayOfWeek != DayOfWeek.Saturday && holiday.Date.DayOfWeek != DayOfWeek.Sunday);
        Calendar.BankHolidays.ShouldAllBe(holiday => !string.IsNullOrWhiteSpace(holiday.Name));
    }

    [Theory]
    [InlineData("2011-04-29", "Royal wedding")]
    [InlineData("2012-06-04", "Spring bank holiday")]
    [InlineData("2012-06-05", "Queen's Diamond Jubilee")]
    [InlineData("2020-05-08", "Early May bank holiday (VE Day)")]
    [InlineData("2022-06-02", "Spring bank holiday")]
    [InlineData("2022-06-03", "Platinum Jubilee bank holiday")]
    [InlineData("2022-09-19", "Bank holiday for the State Funeral of Queen Elizabeth II")]
    [InlineData("2023-05-08", "Bank holiday for the coronation of King Charles III")]
    public void One_off_and_moved_holidays_are_present(string date, string name)
    {
        Calendar.BankHolidays.ShouldContain(new BankHoliday(Day(date), name));
        Calendar.IsWorkingDay(Day(date)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("2012-05-28")] // last Monday of May, moved to 4 June for the Diamond Jubilee
    [InlineData("2020-05-04")] // first Monday of May, moved to Friday 8 May for VE Day
    [InlineData("2022-05-30")] // last Monday of May, moved to Thursday 2 June for the Platinum Jubilee
    public void Standing_rule_days_that_were_moved_are_working_days(string date)
    {
        Calendar.IsWorkingDay(Day(date)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("2021-12-27", "Christmas Day (substitute day)")] // Christmas on Saturday
    [InlineData("2021-12-28", "Boxing Day (substitute day)")]
    [InlineData("2022-01-03", "New Year's Day (substitute day)")] // New Year's Day on Saturday
    [InlineData("2016-12-26", "Boxing Day")] // Christmas on Sunday: Boxing Day stays Monday 26
    [InlineData("2016-12-27", "Christmas Day (substitute day)")]
    [InlineData("2020-12-28", "Boxing Day (substitute day)")] // Boxing Day on Saturday
    [InlineData("2017-01-02", "New Year's Day (substitute day)")] // New Year's Day on Sunday
    public void Weekend_holidays_have_substitute_days(string date, string name)
    {
        Calendar.BankHolidays.ShouldContain(new BankHoliday(Day(date), name));
    }

    [Fact]
    public void Eight_holidays_a_year_except_the_proclamation_years()
    {
        var exceptions = new Dictionary<int, int> { [2011] = 9, [2012] = 9, [2020] = 8, [2022] = 10, [2023] = 9 };
        for (var year = 2010; year <= 2035; year++)
        {
            var count = Calendar.BankHolidays.Count(holiday => holiday.Date.Year == year);
            count.ShouldBe(exceptions.GetValueOrDefault(year, 8), $"bank holidays in {year}");
        }
    }

    [Theory]
    [InlineData("2010-04-04")]
    [InlineData("2011-04-24")] // late Easter: Easter Monday is four days before the Royal wedding
    [InlineData("2016-03-27")] // early Easter
    [InlineData("2019-04-21")]
    [InlineData("2024-03-31")] // Easter Monday falls in April, Good Friday in March
    [InlineData("2025-04-20")]
    [InlineData("2030-04-21")]
    [InlineData("2035-03-25")]
    public void Good_Friday_and_Easter_Monday_surround_Easter_Sunday(string easterSunday)
    {
        var easter = Day(easterSunday);
        Calendar.BankHolidays.ShouldContain(new BankHoliday(easter.AddDays(-2), "Good Friday"));
        Calendar.BankHolidays.ShouldContain(new BankHoliday(easter.AddDays(1), "Easter Monday"));
        Calendar.BankHolidays.Count(holiday => holiday.Name == "Good Friday" && holiday.Date.Year == easter.Year).ShouldBe(1);
    }

    // Transcribed from the gov.uk lists, not derived from the rules the generator uses.
    [Theory]
    [InlineData(2010, "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28")]
    [InlineData(2011, "01-03 04-22 04-25 04-29 05-02 05-30 08-29 12-26 12-27")]
    [InlineData(2012, "01-02 04-06 04-09 05-07 06-04 06-05 08-27 12-25 12-26")]
    [InlineData(2015, "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28")]
    [InlineData(2016, "01-01 03-25 03-28 05-02 05-30 08-29 12-26 12-27")]
    [InlineData(2018, "01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26")]
    [InlineData(2019, "01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26")]
    [InlineData(2020, "01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28")]
    [InlineData(2021, "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28")]
    [InlineData(2022, "01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27")]
    [InlineData(2023, "01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26")]
    [InlineData(2024, "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26")]
    [InlineData(2025, "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26")]
    [InlineData(2026, "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28")]
    [InlineData(2027, "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28")]
    public void Matches_the_published_list(int year, string monthDays)
    {
        var expected = monthDays.Split(' ').Select(monthDay => Day($"{year}-{monthDay}")).ToList();
        Calendar.BankHolidays.Where(holiday => holiday.Date.Year == year).Select(holiday => holiday.Date).ShouldBe(expected);
    }

    [Theory]
    [InlineData("2024-03-09")] // Saturday
    [InlineData("2024-03-10")] // Sunday
    [InlineData("2024-12-25")]
    public void Weekends_and_holidays_are_not_working_days(string date)
    {
        Calendar.IsWorkingDay(Day(date)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("2024-03-08")] // Friday
    [InlineData("2024-12-24")] // Christmas Eve is not a bank holiday
    [InlineData("2024-12-27")]
    public void Ordinary_weekdays_are_working_days(string date)
    {
        Calendar.IsWorkingDay(Day(date)).ShouldBeTrue();
    }
}
