using Journey.Domain.Journeys;
using Journey.Domain.Proceedings;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

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
        Given(InProceedings()).When(new ExtendProceedings(ExtendedAt, weeks)).ShouldAppend(new ProceedingsExtended(1, ExtendedAt, weeks));

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(-1)]
    [InlineData(26)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void An_extension_is_for_up_to_eight_weeks(int weeks) =>
        Given(InProceedings()).When(new ExtendProceedings(ExtendedAt, weeks)).ShouldBeRefusedWith(("weeks", "extension-up-to-eight-weeks"));

    [Fact]
    public void The_limit_is_eight_weeks() => IssueCareProceedings.MaxExtensionWeeks.ShouldBe(8);

    [Fact]
    public void The_weeks_are_required() =>
        Given(InProceedings()).When(new ExtendProceedings(ExtendedAt, null)).ShouldBeRefusedWith(("weeks", "required"));

    [Fact]
    public void Extensions_may_be_repeated()
    {
        var journey = JourneyBuilder.Child().InProceedings().Apply(new ExtendProceedings(ExtendedAt, 8)).Journey;

        Given(journey).When(new ExtendProceedings(ExtendedAt.AddDays(1), 8)).ShouldAppend(new ProceedingsExtended(1, ExtendedAt.AddDays(1), 8));
    }

    [Fact]
    public void When_it_was_extended_is_required() =>
        Given(InProceedings()).When(new ExtendProceedings(null, 8)).ShouldBeRefusedWith(("extendedAt", "required"));

    [Fact]
    public void Cannot_be_extended_in_the_future_beyond_the_clock_skew()
    {
        Given(InProceedings()).When(new ExtendProceedings(JustInsideSkew, 8)).ShouldAppend(new ProceedingsExtended(1, JustInsideSkew, 8));
        Given(InProceedings()).When(new ExtendProceedings(JustOutsideSkew, 8)).ShouldBeRefusedWith(("extendedAt", "not-in-future"));
    }

    [Fact]
    public void Needs_proceedings_under_way()
    {
        Given(JourneyBuilder.Child().Contact(Day1).Journey).When(new ExtendProceedings(ExtendedAt, 8))
            .ShouldBeRefusedWith(("extendedAt", "needs-open-proceedings"));
        Given(JourneyBuilder.Child().AfterProceedings().Journey).When(new ExtendProceedings(Day1.AddDays(70), 8))
            .ShouldBeRefusedWith(("extendedAt", "needs-open-proceedings"));
    }

    [Fact]
    public void Cannot_be_dated_before_the_proceedings_were_issued()
    {
        Given(InProceedings()).When(new ExtendProceedings(IssuedFrom, 2)).ShouldAppend(new ProceedingsExtended(1, IssuedFrom, 2));
        Given(InProceedings()).When(new ExtendProceedings(IssuedFrom - Tick, 2)).ShouldBeRefusedWith(("extendedAt", "within-the-proceedings"));
    }

    [Fact]
    public void Reports_every_problem_at_once() =>
        Given(JourneyBuilder.Child().Contact(Day1).Journey).When(new ExtendProceedings(JustOutsideSkew, 9)).ShouldBeRefusedWith(
            ("extendedAt", "not-in-future"), ("weeks", "extension-up-to-eight-weeks"), ("extendedAt", "needs-open-proceedings"));
}
