using Journey.Domain.Journeys;
using Journey.Domain.Proceedings;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.MoreStepsJourneys;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.Proceedings;

public sealed class ExtendProceedingsTests
{
    private static readonly DateTimeOffset ExtendedAt = IssuedFrom.AddDays(20);

    private static ChildJourney InProceedings() => JourneyBuilder.Child().InProceedings().Journey;

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(8)]
    public void Extends_the_timetable_by_one_to_eight_weeks(int weeks) =>
        new ExtendProceedings(ExtendedAt, weeks).Decide(InProceedings(), Now).ShouldAppend(new ProceedingsExtended(1, ExtendedAt, weeks));

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(-1)]
    [InlineData(26)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void An_extension_is_for_up_to_eight_weeks(int weeks) =>
        new ExtendProceedings(ExtendedAt, weeks).Decide(InProceedings(), Now).ShouldBeRefusedWith(("weeks", "extension-up-to-eight-weeks"));

    [Fact]
    public void The_limit_is_eight_weeks() => IssueCareProceedings.MaxExtensionWeeks.ShouldBe(8);

    [Fact]
    public void The_weeks_are_required() =>
        new ExtendProceedings(ExtendedAt, null).Decide(InProceedings(), Now).ShouldBeRefusedWith(("weeks", "required"));

    [Fact]
    public void Extensions_may_be_repeated()
    {
        var journey = JourneyBuilder.Child().InProceedings().Apply(new ExtendProceedings(ExtendedAt, 8)).Journey;

        new ExtendProceedings(ExtendedAt.AddDays(1), 8).Decide(journey, Now).ShouldAppend(new ProceedingsExtended(1, ExtendedAt.AddDays(1), 8));
    }

    [Fact]
    public void When_it_was_extended_is_required() =>
        new ExtendProceedings(null, 8).Decide(InProceedings(), Now).ShouldBeRefusedWith(("extendedAt", "required"));

    [Fact]
    public void Cannot_be_extended_in_the_future_beyond_the_clock_skew()
    {
        new ExtendProceedings(JustInsideSkew, 8).Decide(InProceedings(), Now).ShouldAppend(new ProceedingsExtended(1, JustInsideSkew, 8));
        new ExtendProceedings(JustOutsideSkew, 8).Decide(InProceedings(), Now).ShouldBeRefusedWith(("extendedAt", "not-in-future"));
    }

    [Fact]
    public void Needs_proceedings_under_way()
    {
        new ExtendProceedings(ExtendedAt, 8).Decide(JourneyBuilder.Child().Contact(Day1).Journey, Now)
            .ShouldBeRefusedWith(("extendedAt", "needs-open-proceedings"));
        new ExtendProceedings(Day1.AddDays(70), 8).Decide(JourneyBuilder.Child().AfterProceedings().Journey, Now)
            .ShouldBeRefusedWith(("extendedAt", "needs-open-proceedings"));
    }

    [Fact]
    public void Cannot_be_dated_before_the_proceedings_were_issued()
    {
        new ExtendProceedings(IssuedFrom, 2).Decide(InProceedings(), Now).ShouldAppend(new ProceedingsExtended(1, IssuedFrom, 2));
        new ExtendProceedings(IssuedFrom - Tick, 2).Decide(InProceedings(), Now).ShouldBeRefusedWith(("extendedAt", "within-the-proceedings"));
    }

    [Fact]
    public void Reports_every_problem_at_once() =>
        new ExtendProceedings(JustOutsideSkew, 9).Decide(JourneyBuilder.Child().Contact(Day1).Journey, Now).ShouldBeRefusedWith(
            ("extendedAt", "not-in-future"), ("weeks", "extension-up-to-eight-weeks"), ("extendedAt", "needs-open-proceedings"));
}
