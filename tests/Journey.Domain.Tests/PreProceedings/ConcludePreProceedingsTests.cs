using Journey.Domain.Journeys;
using Journey.Domain.PreProceedings;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.PreProceedings;

public sealed class ConcludePreProceedingsTests : EpisodeStepTests
{
    protected override Episode Episode => PreProceedingsEpisode;
    protected override string Field => "concludedAt";
    protected override IJourneyCommand Step(DateTimeOffset? at) => new ConcludePreProceedings(at, PreProceedingsOutcome.SteppedDown);
    protected override IJourneyEvent Appended(int preProceedings, DateTimeOffset at) => new PreProceedingsConcluded(preProceedings, at, PreProceedingsOutcome.SteppedDown);
    protected override DateTimeOffset UsualAt => PloUntil;

    [Theory]
    [InlineData(PreProceedingsOutcome.SteppedDown)]
    [InlineData(PreProceedingsOutcome.IssueProceedings)]
    public void Concludes_the_open_pre_proceedings_with_the_outcome(PreProceedingsOutcome outcome) =>
        Given(Episode.Open()).When(new ConcludePreProceedings(PloUntil, outcome)).ShouldAppend(new PreProceedingsConcluded(1, PloUntil, outcome));

    [Fact]
    public void Concluding_folds_the_end_onto_the_pre_proceedings()
    {
        var journey = JourneyBuilder.Child().AfterPreProceedings().Journey;

        journey.OpenPreProceedings.ShouldBeNull();
        journey.PreProceedings.Single().ConcludedAt.ShouldBe(PloUntil);
        journey.PreProceedings.Single().EnteredAt.ShouldBe(PloFrom);
    }

    [Fact]
    public void Concludes_the_second_when_that_is_the_open_one()
    {
        var journey = JourneyBuilder.Child().AfterPreProceedings().PreProceedingsBegan(Day1.AddDays(40)).Journey;

        Given(journey).When(new ConcludePreProceedings(Day1.AddDays(50), PreProceedingsOutcome.SteppedDown))
            .ShouldAppend(new PreProceedingsConcluded(2, Day1.AddDays(50), PreProceedingsOutcome.SteppedDown));
    }

    [Fact]
    public void The_outcome_is_required() =>
        Given(Episode.Open()).When(new ConcludePreProceedings(PloUntil, null)).ShouldBeRefusedWith(("outcome", "required"));

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void The_outcome_is_a_known_value(int outcome) =>
        Given(Episode.Open()).When(new ConcludePreProceedings(PloUntil, (PreProceedingsOutcome)outcome))
            .ShouldBeRefusedWith(("outcome", "known-value"));

    [Fact]
    public void Cannot_conclude_before_a_meeting_already_recorded_in_them()
    {
        // Letter Day1 + 12, initial meeting Day1 + 20: concluding on Day1 + 15 would leave the meeting after the end.
        var journey = JourneyBuilder.Child().LetterBeforeProceedingsSent().PloMeeting(Day1.AddDays(20), initial: true).Journey;

        Given(journey).When(new ConcludePreProceedings(Day1.AddDays(15), PreProceedingsOutcome.IssueProceedings)).ShouldBeRefusedOn("concludedAt");
    }
}
