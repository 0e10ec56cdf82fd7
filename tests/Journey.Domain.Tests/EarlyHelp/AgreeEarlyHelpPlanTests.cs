using Journey.Domain.EarlyHelp;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.MoreStepsJourneys;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.EarlyHelp;

public sealed class AgreeEarlyHelpPlanTests
{
    private static readonly DateTimeOffset AgreedAt = EarlyHelpFrom.AddDays(3);

    private static ChildJourney InEarlyHelp() => JourneyBuilder.Child().InEarlyHelp().Journey;

    [Fact]
    public void Agrees_the_plan_of_the_open_episode() =>
        new AgreeEarlyHelpPlan(AgreedAt).Decide(InEarlyHelp(), Now).ShouldAppend(new EarlyHelpPlanAgreed(1, AgreedAt));

    [Fact]
    public void Belongs_to_the_episode_open_now()
    {
        var journey = JourneyBuilder.Child().AfterEarlyHelp().EarlyHelpBegan(Day1.AddDays(30)).Journey;

        new AgreeEarlyHelpPlan(Day1.AddDays(31)).Decide(journey, Now).ShouldAppend(new EarlyHelpPlanAgreed(2, Day1.AddDays(31)));
    }

    [Fact]
    public void When_it_was_agreed_is_required() =>
        new AgreeEarlyHelpPlan(null).Decide(InEarlyHelp(), Now).ShouldBeRefusedWith(("agreedAt", "required"));

    [Fact]
    public void Cannot_be_agreed_in_the_future_beyond_the_clock_skew()
    {
        new AgreeEarlyHelpPlan(JustInsideSkew).Decide(InEarlyHelp(), Now).ShouldAppend(new EarlyHelpPlanAgreed(1, JustInsideSkew));
        new AgreeEarlyHelpPlan(JustOutsideSkew).Decide(InEarlyHelp(), Now).ShouldBeRefusedWith(("agreedAt", "not-in-future"));
    }

    [Fact]
    public void Needs_open_early_help()
    {
        new AgreeEarlyHelpPlan(AgreedAt).Decide(JourneyBuilder.Child().Contact(Day1).Journey, Now)
            .ShouldBeRefusedWith(("agreedAt", "needs-open-early-help"));
        new AgreeEarlyHelpPlan(AgreedAt).Decide(JourneyBuilder.Child().AfterEarlyHelp().Journey, Now)
            .ShouldBeRefusedWith(("agreedAt", "needs-open-early-help"));
    }

    [Fact]
    public void Cannot_be_dated_before_early_help_started()
    {
        new AgreeEarlyHelpPlan(EarlyHelpFrom).Decide(InEarlyHelp(), Now).ShouldAppend(new EarlyHelpPlanAgreed(1, EarlyHelpFrom));
        new AgreeEarlyHelpPlan(EarlyHelpFrom - Tick).Decide(InEarlyHelp(), Now).ShouldBeRefusedWith(("agreedAt", "within-early-help"));
    }

    [Fact]
    public void Cannot_be_dated_back_into_an_earlier_closed_episode()
    {
        var journey = JourneyBuilder.Child().AfterEarlyHelp().EarlyHelpBegan(Day1.AddDays(30)).Journey;

        new AgreeEarlyHelpPlan(Day1.AddDays(10)).Decide(journey, Now).ShouldBeRefusedWith(("agreedAt", "within-early-help"));
    }
}
