using Journey.Domain.EarlyHelp;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.EarlyHelp;

public sealed class StartEarlyHelpTests
{
    private static ChildJourney Contacted() => JourneyBuilder.Child().Contact(Day1).Journey;

    [Fact]
    public void Starts_early_help_1_with_its_lead_professional() =>
        Given(Contacted()).When(new StartEarlyHelp(EarlyHelpFrom, "School nurse"))
            .ShouldAppend(new EarlyHelpStarted(1, EarlyHelpFrom, "School nurse"));

    [Fact]
    public void Starting_folds_an_open_episode_onto_the_journey()
    {
        var journey = JourneyBuilder.Child().InEarlyHelp().Journey;

        journey.EarlyHelp.ShouldBe([new EarlyHelpState(1, EarlyHelpFrom, null)]);
        journey.OpenEarlyHelp.ShouldBe(new EarlyHelpState(1, EarlyHelpFrom, null));
    }

    [Fact]
    public void Early_help_needs_no_social_care_involvement() =>
        Given(ChildJourney.New("C1")).When(new StartEarlyHelp(EarlyHelpFrom, "School nurse"))
            .ShouldAppend(new EarlyHelpStarted(1, EarlyHelpFrom, "School nurse"));

    [Fact]
    public void When_it_started_is_required() =>
        Given(Contacted()).When(new StartEarlyHelp(null, "School nurse")).ShouldBeRefusedWith(("startedAt", "required"));

    [Fact]
    public void Cannot_start_in_the_future_beyond_the_clock_skew()
    {
        Given(Contacted()).When(new StartEarlyHelp(JustInsideSkew, "School nurse"))
            .ShouldAppend(new EarlyHelpStarted(1, JustInsideSkew, "School nurse"));
        Given(Contacted()).When(new StartEarlyHelp(JustOutsideSkew, "School nurse"))
            .ShouldBeRefusedWith(("startedAt", "not-in-future"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void The_lead_professional_is_required(string? lead) =>
        Given(Contacted()).When(new StartEarlyHelp(EarlyHelpFrom, lead)).ShouldBeRefusedWith(("leadProfessional", "required"));

    [Fact]
    public void The_lead_professional_is_at_most_200_characters()
    {
        Given(Contacted()).When(new StartEarlyHelp(EarlyHelpFrom, new string('a', 200))).ShouldBeAccepted();
        Given(Contacted()).When(new StartEarlyHelp(EarlyHelpFrom, new string('a', 201)))
            .ShouldBeRefusedWith(("leadProfessional", "max-length"));
    }

    [Fact]
    public void Only_one_episode_of_early_help_is_open_at_a_time() =>
        Given(JourneyBuilder.Child().InEarlyHelp().Journey).When(new StartEarlyHelp(Day1.AddDays(30), "Family worker"))
            .ShouldBeRefusedWith(("startedAt", "one-open-early-help"));

    [Fact]
    public void A_second_episode_after_the_first_closed_is_numbered_2() =>
        Given(JourneyBuilder.Child().AfterEarlyHelp().Journey).When(new StartEarlyHelp(Day1.AddDays(30), "Family worker"))
            .ShouldAppend(new EarlyHelpStarted(2, Day1.AddDays(30), "Family worker"));

    [Fact]
    public void May_start_again_the_instant_the_earlier_episode_closed() =>
        Given(JourneyBuilder.Child().AfterEarlyHelp().Journey).When(new StartEarlyHelp(EarlyHelpUntil, "Family worker"))
            .ShouldAppend(new EarlyHelpStarted(2, EarlyHelpUntil, "Family worker"));

    [Fact]
    public void Cannot_be_dated_inside_an_earlier_closed_episode()
    {
        var journey = JourneyBuilder.Child().AfterEarlyHelp().Journey;

        foreach (var at in new[] { EarlyHelpFrom, EarlyHelpFrom.AddDays(1), EarlyHelpUntil - Tick })
            Given(journey).When(new StartEarlyHelp(at, "Family worker")).ShouldBeRefusedWith(("startedAt", "one-open-early-help"));
    }

    [Fact]
    public void Cannot_be_dated_before_an_earlier_episode_so_that_the_two_overlap()
    {
        // Early help 1 ran from Day1 + 2 to Day1 + 20. Started on Day1 + 1 and still open, a second
        // episode would have been open all through the first.
        var journey = JourneyBuilder.Child().AfterEarlyHelp().Journey;

        Given(journey).When(new StartEarlyHelp(Day1.AddDays(1), "Family worker"))
            .ShouldBeRefusedWith(("startedAt", "one-open-early-help"));
    }

    [Fact]
    public void Reports_every_problem_at_once() =>
        Given(JourneyBuilder.Child().InEarlyHelp().Journey).When(new StartEarlyHelp(JustOutsideSkew, " ")).ShouldBeRefusedWith(
            ("startedAt", "not-in-future"),
            ("leadProfessional", "required"),
            ("startedAt", "one-open-early-help"));
}
