using Journey.Domain.EarlyHelp;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.MoreStepsJourneys;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.EarlyHelp;

public sealed class StartEarlyHelpTests
{
    private static ChildJourney Contacted() => JourneyBuilder.Child().Contact(Day1).Journey;

    [Fact]
    public void Starts_early_help_1_with_its_lead_professional() =>
        new StartEarlyHelp(EarlyHelpFrom, "School nurse").Decide(Contacted(), Now)
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
        new StartEarlyHelp(EarlyHelpFrom, "School nurse").Decide(ChildJourney.New("C1"), Now)
            .ShouldAppend(new EarlyHelpStarted(1, EarlyHelpFrom, "School nurse"));

    [Fact]
    public void When_it_started_is_required() =>
        new StartEarlyHelp(null, "School nurse").Decide(Contacted(), Now).ShouldBeRefusedWith(("startedAt", "required"));

    [Fact]
    public void Cannot_start_in_the_future_beyond_the_clock_skew()
    {
        new StartEarlyHelp(JustInsideSkew, "School nurse").Decide(Contacted(), Now)
            .ShouldAppend(new EarlyHelpStarted(1, JustInsideSkew, "School nurse"));
        new StartEarlyHelp(JustOutsideSkew, "School nurse").Decide(Contacted(), Now)
            .ShouldBeRefusedWith(("startedAt", "not-in-future"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void The_lead_professional_is_required(string? lead) =>
        new StartEarlyHelp(EarlyHelpFrom, lead).Decide(Contacted(), Now).ShouldBeRefusedWith(("leadProfessional", "required"));

    [Fact]
    public void The_lead_professional_is_at_most_200_characters()
    {
        new StartEarlyHelp(EarlyHelpFrom, new string('a', 200)).Decide(Contacted(), Now).ShouldBeAccepted();
        new StartEarlyHelp(EarlyHelpFrom, new string('a', 201)).Decide(Contacted(), Now)
            .ShouldBeRefusedWith(("leadProfessional", "max-length"));
    }

    [Fact]
    public void Only_one_episode_of_early_help_is_open_at_a_time() =>
        new StartEarlyHelp(Day1.AddDays(30), "Family worker").Decide(JourneyBuilder.Child().InEarlyHelp().Journey, Now)
            .ShouldBeRefusedWith(("startedAt", "one-open-early-help"));

    [Fact]
    public void A_second_episode_after_the_first_closed_is_numbered_2() =>
        new StartEarlyHelp(Day1.AddDays(30), "Family worker").Decide(JourneyBuilder.Child().AfterEarlyHelp().Journey, Now)
            .ShouldAppend(new EarlyHelpStarted(2, Day1.AddDays(30), "Family worker"));

    [Fact]
    public void May_start_again_the_instant_the_earlier_episode_closed() =>
        new StartEarlyHelp(EarlyHelpUntil, "Family worker").Decide(JourneyBuilder.Child().AfterEarlyHelp().Journey, Now)
            .ShouldAppend(new EarlyHelpStarted(2, EarlyHelpUntil, "Family worker"));

    [Fact]
    public void Cannot_be_dated_inside_an_earlier_closed_episode()
    {
        var journey = JourneyBuilder.Child().AfterEarlyHelp().Journey;

        foreach (var at in new[] { EarlyHelpFrom, EarlyHelpFrom.AddDays(1), EarlyHelpUntil - Tick })
            new StartEarlyHelp(at, "Family worker").Decide(journey, Now).ShouldBeRefusedWith(("startedAt", "one-open-early-help"));
    }

    [Fact]
    public void Cannot_be_dated_before_an_earlier_episode_so_that_the_two_overlap()
    {
        // Early help 1 ran from Day1 + 2 to Day1 + 20. Started on Day1 + 1 and still open, a second
        // episode would have been open all through the first.
        var journey = JourneyBuilder.Child().AfterEarlyHelp().Journey;

        new StartEarlyHelp(Day1.AddDays(1), "Family worker").Decide(journey, Now)
            .ShouldBeRefusedWith(("startedAt", "one-open-early-help"));
    }

    [Fact]
    public void Reports_every_problem_at_once() =>
        new StartEarlyHelp(JustOutsideSkew, " ").Decide(JourneyBuilder.Child().InEarlyHelp().Journey, Now).ShouldBeRefusedWith(
            ("startedAt", "not-in-future"),
            ("leadProfessional", "required"),
            ("startedAt", "one-open-early-help"));
}
