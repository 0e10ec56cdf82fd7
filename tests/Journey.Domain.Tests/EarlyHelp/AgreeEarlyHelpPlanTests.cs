using Journey.Domain.EarlyHelp;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.EarlyHelp;

public sealed class AgreeEarlyHelpPlanTests
{
    private static readonly DateTimeOffset AgreedAt = EarlyHelpFrom.AddDays(3);

    private static ChildJourney InEarlyHelp() => JourneyBuilder.Child().InEarlyHelp().Journey;

    [Fact]
    public void Agrees_the_plan_of_the_open_episode() =>
        Given(InEarlyHelp()).When(new AgreeEarlyHelpPlan(AgreedAt)).ShouldAppend(new EarlyHelpPlanAgreed(1, AgreedAt));

    [Fact]
    public void Belongs_to_the_episode_open_now()
    {
        var journey = JourneyBuilder.Child().AfterEarlyHelp().EarlyHelpBegan(Day1.AddDays(30)).Journey;

        Given(journey).When(new AgreeEarlyHelpPlan(Day1.AddDays(31))).ShouldAppend(new EarlyHelpPlanAgreed(2, Day1.AddDays(31)));
    }

    [Fact]
    public void When_it_was_agreed_is_required() =>
        Given(InEarlyHelp()).When(new AgreeEarlyHelpPlan(null)).ShouldBeRefusedWith(("agreedAt", "required"));

    [Fact]
    public void Cannot_be_agreed_in_the_future_beyond_the_clock_skew()
    {
        Given(InEarlyHelp()).When(new AgreeEarlyHelpPlan(JustInsideSkew)).ShouldAppend(new EarlyHelpPlanAgreed(1, JustInsideSkew));
        Given(InEarlyHelp()).When(new AgreeEarlyHelpPlan(JustOutsideSkew)).ShouldBeRefusedWith(("agreedAt", "not-in-future"));
    }

    [Fact]
    public void Needs_open_early_help()
    {
        Given(JourneyBuilder.Child().Contact(Day1).Journey).When(new AgreeEarlyHelpPlan(AgreedAt))
            .ShouldBeRefusedWith(("agreedAt", "needs-open-early-help"));
        Given(JourneyBuilder.Child().AfterEarlyHelp().Journey).When(new AgreeEarlyHelpPlan(AgreedAt))
            .ShouldBeRefusedWith(("agreedAt", "needs-open-early-help"));
    }

    [Fact]
    public void Cannot_be_dated_before_early_help_started()
    {
        Given(InEarlyHelp()).When(new AgreeEarlyHelpPlan(EarlyHelpFrom)).ShouldAppend(new EarlyHelpPlanAgreed(1, EarlyHelpFrom));
        Given(InEarlyHelp()).When(new AgreeEarlyHelpPlan(EarlyHelpFrom - Tick)).ShouldBeRefusedWith(("agreedAt", "within-early-help"));
    }

    [Fact]
    public void Cannot_be_dated_back_into_an_earlier_closed_episode()
    {
        var journey = JourneyBuilder.Child().AfterEarlyHelp().EarlyHelpBegan(Day1.AddDays(30)).Journey;

        Given(journey).When(new AgreeEarlyHelpPlan(Day1.AddDays(10))).ShouldBeRefusedWith(("agreedAt", "within-early-help"));
    }
}
