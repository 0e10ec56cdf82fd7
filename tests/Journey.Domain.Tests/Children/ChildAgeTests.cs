using Journey.Domain.Children;

namespace Journey.Domain.Tests.Children;

public sealed class ChildAgeTests
{
    [Theory]
    [InlineData("2010-05-12", "2026-05-11", 15)]
    [InlineData("2010-05-12", "2026-05-12", 16)]
    [InlineData("2026-05-12", "2026-05-12", 0)]
    // A 29 February birthday falls on 28 February in other years (decision 36), as the returns' validators count it.
    [InlineData("2008-02-29", "2026-02-27", 17)]
    [InlineData("2008-02-29", "2026-02-28", 18)]
    [InlineData("2008-02-29", "2028-02-28", 19)]
    [InlineData("2008-02-29", "2028-02-29", 20)]
    public void A_childs_age_is_the_birthdays_passed_by_the_day(string born, string day, int age) =>
        ChildAge.On(DateOnly.Parse(born), DateOnly.Parse(day)).ShouldBe(age);

    [Fact]
    public void An_unborn_child_has_no_age() => ChildAge.On(new DateOnly(2026, 5, 12), new DateOnly(2026, 5, 11)).ShouldBeNull();
}
