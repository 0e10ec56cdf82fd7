using Journey.Domain.EarlyHelp;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.EarlyHelp;

public sealed class AgreeEarlyHelpPlanTests : EpisodeStepTests
{
    private static readonly DateTimeOffset AgreedAt = EarlyHelpFrom.AddDays(3);

    protected override Episode Episode => EarlyHelpEpisode;
    protected override string Field => "agreedAt";
    protected override IJourneyCommand Step(DateTimeOffset? at) => new AgreeEarlyHelpPlan(at);
    protected override IJourneyEvent Appended(int episode, DateTimeOffset at) => new EarlyHelpPlanAgreed(episode, at);
    protected override DateTimeOffset UsualAt => AgreedAt;

    [Fact]
    public void Agrees_the_plan_of_the_open_episode() =>
        Given(Episode.Open()).When(new AgreeEarlyHelpPlan(AgreedAt)).ShouldAppend(new EarlyHelpPlanAgreed(1, AgreedAt));

    [Fact]
    public void Belongs_to_the_episode_open_now()
    {
        var journey = JourneyBuilder.Child().AfterEarlyHelp().EarlyHelpBegan(Day1.AddDays(30)).Journey;

        Given(journey).When(new AgreeEarlyHelpPlan(Day1.AddDays(31))).ShouldAppend(new EarlyHelpPlanAgreed(2, Day1.AddDays(31)));
    }

    [Fact]
    public void Cannot_be_dated_back_into_an_earlier_closed_episode()
    {
        var journey = JourneyBuilder.Child().AfterEarlyHelp().EarlyHelpBegan(Day1.AddDays(30)).Journey;

        Given(journey).When(new AgreeEarlyHelpPlan(Day1.AddDays(10))).ShouldBeRefusedWith(("agreedAt", "within-early-help"));
    }
}
