using Journey.Domain.Journeys;
using Journey.Domain.Proceedings;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.Proceedings;

public sealed class ExtendProceedingsTests : EpisodeStepTests
{
    private static readonly DateTimeOffset ExtendedAt = IssuedFrom.AddDays(20);

    protected override Episode Episode => ProceedingsEpisode;
    protected override string Field => "extendedAt";
    protected override IJourneyCommand Step(DateTimeOffset? at) => new ExtendProceedings(at, 8);
    protected override IJourneyEvent Appended(int proceedings, DateTimeOffset at) => new ProceedingsExtended(proceedings, at, 8);
    protected override DateTimeOffset UsualAt => ExtendedAt;

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(8)]
    public void Extends_the_timetable_by_one_to_eight_weeks(int weeks) =>
        Given(Episode.Open()).When(new ExtendProceedings(ExtendedAt, weeks)).ShouldAppend(new ProceedingsExtended(1, ExtendedAt, weeks));

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(-1)]
    [InlineData(26)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void An_extension_is_for_up_to_eight_weeks(int weeks) =>
        Given(Episode.Open()).When(new ExtendProceedings(ExtendedAt, weeks)).ShouldBeRefusedWith(("weeks", "extension-up-to-eight-weeks"));

    [Fact]
    public void The_limit_is_eight_weeks() => IssueCareProceedings.MaxExtensionWeeks.ShouldBe(8);

    [Fact]
    public void The_weeks_are_required() =>
        Given(Episode.Open()).When(new ExtendProceedings(ExtendedAt, null)).ShouldBeRefusedWith(("weeks", "required"));

    [Fact]
    public void Extensions_may_be_repeated()
    {
        var journey = JourneyBuilder.Child().InProceedings().Apply(new ExtendProceedings(ExtendedAt, 8)).Journey;

        Given(journey).When(new ExtendProceedings(ExtendedAt.AddDays(1), 8)).ShouldAppend(new ProceedingsExtended(1, ExtendedAt.AddDays(1), 8));
    }

    [Fact]
    public void Reports_every_problem_at_once() =>
        Given(JourneyBuilder.Child().Contact(Day1).Journey).When(new ExtendProceedings(JustOutsideSkew, 9)).ShouldBeRefusedWith(
            ("extendedAt", "not-in-future"), ("weeks", "extension-up-to-eight-weeks"), ("extendedAt", "needs-open-proceedings"));
}
