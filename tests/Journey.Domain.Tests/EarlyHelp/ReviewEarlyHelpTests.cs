using Journey.Domain.EarlyHelp;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.EarlyHelp;

public sealed class ReviewEarlyHelpTests : EpisodeStepTests
{
    private static readonly DateTimeOffset ReviewedAt = EarlyHelpFrom.AddDays(6);

    protected override Episode Episode => EarlyHelpEpisode;
    protected override string Field => "reviewedAt";
    protected override IJourneyCommand Step(DateTimeOffset? at) => new ReviewEarlyHelp(at);
    protected override IJourneyEvent Appended(int episode, DateTimeOffset at) => new EarlyHelpReviewed(episode, at);
    protected override DateTimeOffset UsualAt => ReviewedAt;

    [Fact]
    public void Reviews_the_open_episode() =>
        Given(Episode.Open()).When(new ReviewEarlyHelp(ReviewedAt)).ShouldAppend(new EarlyHelpReviewed(1, ReviewedAt));

    [Fact]
    public void Reviews_may_be_repeated()
    {
        var journey = JourneyBuilder.Child().InEarlyHelp().EarlyHelpReviewedAt(ReviewedAt).Journey;

        Given(journey).When(new ReviewEarlyHelp(ReviewedAt.AddDays(7))).ShouldAppend(new EarlyHelpReviewed(1, ReviewedAt.AddDays(7)));
    }

    [Fact]
    public void Without_a_date_and_without_early_help_reports_both() =>
        Given(ChildJourney.New("C1")).When(new ReviewEarlyHelp(null))
            .ShouldBeRefusedWith(("reviewedAt", "required"), ("reviewedAt", "needs-open-early-help"));

}
