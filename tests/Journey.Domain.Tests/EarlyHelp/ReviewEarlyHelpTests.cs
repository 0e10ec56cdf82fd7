using Journey.Domain.EarlyHelp;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.MoreStepsJourneys;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.EarlyHelp;

public sealed class ReviewEarlyHelpTests
{
    private static readonly DateTimeOffset ReviewedAt = EarlyHelpFrom.AddDays(6);

    private static ChildJourney InEarlyHelp() => JourneyBuilder.Child().InEarlyHelp().Journey;

    [Fact]
    public void Reviews_the_open_episode() =>
        new ReviewEarlyHelp(ReviewedAt).Decide(InEarlyHelp(), Now).ShouldAppend(new EarlyHelpReviewed(1, ReviewedAt));

    [Fact]
    public void Reviews_may_be_repeated()
    {
        var journey = JourneyBuilder.Child().InEarlyHelp().EarlyHelpReviewedAt(ReviewedAt).Journey;

        new ReviewEarlyHelp(ReviewedAt.AddDays(7)).Decide(journey, Now).ShouldAppend(new EarlyHelpReviewed(1, ReviewedAt.AddDays(7)));
    }

    [Fact]
    public void When_it_was_reviewed_is_required() =>
        new ReviewEarlyHelp(null).Decide(InEarlyHelp(), Now).ShouldBeRefusedWith(("reviewedAt", "required"));

    [Fact]
    public void Cannot_be_reviewed_in_the_future_beyond_the_clock_skew()
    {
        new ReviewEarlyHelp(JustInsideSkew).Decide(InEarlyHelp(), Now).ShouldAppend(new EarlyHelpReviewed(1, JustInsideSkew));
        new ReviewEarlyHelp(JustOutsideSkew).Decide(InEarlyHelp(), Now).ShouldBeRefusedWith(("reviewedAt", "not-in-future"));
    }

    [Fact]
    public void Needs_open_early_help()
    {
        new ReviewEarlyHelp(ReviewedAt).Decide(JourneyBuilder.Child().Contact(Day1).Journey, Now)
            .ShouldBeRefusedWith(("reviewedAt", "needs-open-early-help"));
        new ReviewEarlyHelp(ReviewedAt).Decide(JourneyBuilder.Child().AfterEarlyHelp().Journey, Now)
            .ShouldBeRefusedWith(("reviewedAt", "needs-open-early-help"));
    }

    [Fact]
    public void Without_a_date_and_without_early_help_reports_both() =>
        new ReviewEarlyHelp(null).Decide(ChildJourney.New("C1"), Now)
            .ShouldBeRefusedWith(("reviewedAt", "required"), ("reviewedAt", "needs-open-early-help"));

    [Fact]
    public void Cannot_be_dated_before_early_help_started()
    {
        new ReviewEarlyHelp(EarlyHelpFrom).Decide(InEarlyHelp(), Now).ShouldAppend(new EarlyHelpReviewed(1, EarlyHelpFrom));
        new ReviewEarlyHelp(EarlyHelpFrom - Tick).Decide(InEarlyHelp(), Now).ShouldBeRefusedWith(("reviewedAt", "within-early-help"));
    }
}
