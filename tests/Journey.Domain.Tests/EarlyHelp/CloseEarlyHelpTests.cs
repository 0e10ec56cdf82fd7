using Journey.Domain.EarlyHelp;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.EarlyHelp;

public sealed class CloseEarlyHelpTests
{
    private static ChildJourney InEarlyHelp() => JourneyBuilder.Child().InEarlyHelp().Journey;

    [Theory]
    [InlineData(EarlyHelpClosure.NeedsMet)]
    [InlineData(EarlyHelpClosure.SteppedUp)]
    [InlineData(EarlyHelpClosure.Disengaged)]
    [InlineData(EarlyHelpClosure.MovedAway)]
    [InlineData(EarlyHelpClosure.Other)]
    public void Closes_the_open_episode_with_its_outcome(EarlyHelpClosure outcome) =>
        Given(InEarlyHelp()).When(new CloseEarlyHelp(EarlyHelpUntil, outcome)).ShouldAppend(new EarlyHelpClosed(1, EarlyHelpUntil, outcome));

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
    public void When_it_closed_is_required() =>
        Given(InEarlyHelp()).When(new CloseEarlyHelp(null, EarlyHelpClosure.NeedsMet)).ShouldBeRefusedWith(("closedAt", "required"));

    [Fact]
    public void Cannot_close_in_the_future_beyond_the_clock_skew()
    {
        Given(InEarlyHelp()).When(new CloseEarlyHelp(JustInsideSkew, EarlyHelpClosure.NeedsMet))
            .ShouldAppend(new EarlyHelpClosed(1, JustInsideSkew, EarlyHelpClosure.NeedsMet));
        Given(InEarlyHelp()).When(new CloseEarlyHelp(JustOutsideSkew, EarlyHelpClosure.NeedsMet))
            .ShouldBeRefusedWith(("closedAt", "not-in-future"));
    }

    [Fact]
    public void The_outcome_is_required() =>
        Given(InEarlyHelp()).When(new CloseEarlyHelp(EarlyHelpUntil, null)).ShouldBeRefusedWith(("outcome", "required"));

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    [InlineData(99)]
    public void The_outcome_is_a_known_value(int outcome) =>
        Given(InEarlyHelp()).When(new CloseEarlyHelp(EarlyHelpUntil, (EarlyHelpClosure)outcome)).ShouldBeRefusedWith(("outcome", "known-value"));

    [Fact]
    public void Needs_open_early_help()
    {
        Given(JourneyBuilder.Child().Contact(Day1).Journey).When(new CloseEarlyHelp(EarlyHelpUntil, EarlyHelpClosure.NeedsMet))
            .ShouldBeRefusedWith(("closedAt", "needs-open-early-help"));
        Given(JourneyBuilder.Child().AfterEarlyHelp().Journey).When(new CloseEarlyHelp(Day1.AddDays(25), EarlyHelpClosure.NeedsMet))
            .ShouldBeRefusedWith(("closedAt", "needs-open-early-help"));
    }

    [Fact]
    public void Cannot_close_before_early_help_started()
    {
        Given(InEarlyHelp()).When(new CloseEarlyHelp(EarlyHelpFrom, EarlyHelpClosure.Other))
            .ShouldAppend(new EarlyHelpClosed(1, EarlyHelpFrom, EarlyHelpClosure.Other));
        Given(InEarlyHelp()).When(new CloseEarlyHelp(EarlyHelpFrom - Tick, EarlyHelpClosure.Other))
            .ShouldBeRefusedWith(("closedAt", "within-early-help"));
    }

    [Fact]
    public void Cannot_close_before_a_step_already_recorded_in_the_episode()
    {
        // A review on Day1 + 15 was recorded in early help 1; closing it on Day1 + 10 would leave the review outside it.
        var journey = JourneyBuilder.Child().InEarlyHelp().EarlyHelpPlanned(Day1.AddDays(5)).EarlyHelpReviewedAt(Day1.AddDays(15)).Journey;

        Given(journey).When(new CloseEarlyHelp(Day1.AddDays(10), EarlyHelpClosure.NeedsMet)).ShouldBeRefusedOn("closedAt");
    }
}
