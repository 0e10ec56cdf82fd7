using Journey.Domain.EarlyHelp;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.EarlyHelp;

public sealed class CloseEarlyHelpTests : EpisodeStepTests
{
    protected override Episode Episode => EarlyHelpEpisode;
    protected override string Field => "closedAt";
    protected override IJourneyCommand Step(DateTimeOffset? at) => new CloseEarlyHelp(at, EarlyHelpClosure.NeedsMet);
    protected override IJourneyEvent Appended(int episode, DateTimeOffset at) => new EarlyHelpClosed(episode, at, EarlyHelpClosure.NeedsMet);
    protected override DateTimeOffset UsualAt => EarlyHelpUntil;
    protected override DateTimeOffset AfterTheEpisodeAt => Day1.AddDays(25);

    [Theory]
    [InlineData(EarlyHelpClosure.NeedsMet)]
    [InlineData(EarlyHelpClosure.SteppedUp)]
    [InlineData(EarlyHelpClosure.Disengaged)]
    [InlineData(EarlyHelpClosure.MovedAway)]
    [InlineData(EarlyHelpClosure.Other)]
    public void Closes_the_open_episode_with_its_outcome(EarlyHelpClosure outcome) =>
        Given(Episode.Open()).When(new CloseEarlyHelp(EarlyHelpUntil, outcome)).ShouldAppend(new EarlyHelpClosed(1, EarlyHelpUntil, outcome));

    [Fact]
    public void Closing_folds_the_end_onto_the_episode()
    {
        var journey = JourneyBuilder.Child().AfterEarlyHelp().Journey;

        journey.EarlyHelp.ShouldBe([new EarlyHelpState(1, EarlyHelpFrom, EarlyHelpUntil)]);
        journey.OpenEarlyHelp.ShouldBeNull();
    }

    [Fact]
    public void Closes_the_second_episode_when_that_is_the_open_one()
    {
        var journey = JourneyBuilder.Child().AfterEarlyHelp().EarlyHelpBegan(Day1.AddDays(30)).Journey;

        Given(journey).When(new CloseEarlyHelp(Day1.AddDays(40), EarlyHelpClosure.MovedAway))
            .ShouldAppend(new EarlyHelpClosed(2, Day1.AddDays(40), EarlyHelpClosure.MovedAway));
    }

    [Fact]
    public void The_outcome_is_required() =>
        Given(Episode.Open()).When(new CloseEarlyHelp(EarlyHelpUntil, null)).ShouldBeRefusedWith(("outcome", "required"));

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    [InlineData(99)]
    public void The_outcome_is_a_known_value(int outcome) =>
        Given(Episode.Open()).When(new CloseEarlyHelp(EarlyHelpUntil, (EarlyHelpClosure)outcome)).ShouldBeRefusedWith(("outcome", "known-value"));

    [Fact]
    public void Cannot_close_before_a_step_already_recorded_in_the_episode()
    {
        // A review on Day1 + 15 was recorded in early help 1; closing it on Day1 + 10 would leave the review outside it.
        var journey = JourneyBuilder.Child().InEarlyHelp().EarlyHelpPlanned(Day1.AddDays(5)).EarlyHelpReviewedAt(Day1.AddDays(15)).Journey;

        Given(journey).When(new CloseEarlyHelp(Day1.AddDays(10), EarlyHelpClosure.NeedsMet)).ShouldBeRefusedOn("closedAt");
    }
}
