using Journey.Domain.EarlyHelp;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.EarlyHelp;

public sealed class ReviewEarlyHelpTests
{
    private static readonly DateTimeOffset ReviewedAt = EarlyHelpFrom.AddDays(6);

    private static ChildJourney InEarlyHelp() => JourneyBuilder.Child().InEarlyHelp().Journey;

    [Fact]
    public void Reviews_the_open_episode() =>
        Given(InEarlyHelp()).When(new ReviewEarlyHelp(ReviewedAt)).ShouldAppend(new EarlyHelpReviewed(1, ReviewedAt));

    [Fact]
    public void Reviews_may_be_repeated()
    {
        var journey = JourneyBuilder.Child().InEarlyHelp().EarlyHelpReviewedAt(ReviewedAt).Journey;

        Given(journey).When(new ReviewEarlyHelp(ReviewedAt.AddDays(7))).ShouldAppend(new EarlyHelpReviewed(1, ReviewedAt.AddDays(7)));
    }

    [Fact]
    public void When_it_was_reviewed_is_required() =>
        Given(InEarlyHelp()).When(new ReviewEarlyHelp(null)).ShouldBeRefusedWith(("reviewedAt", "required"));

    [Fact]
    public void Cannot_be_reviewed_in_the_future_beyond_the_clock_skew()
    {
        Given(InEarlyHelp()).When(new ReviewEarlyHelp(JustInsideSkew)).ShouldAppend(new EarlyHelpReviewed(1, JustInsideSkew));
        Given(InEarlyHelp()).When(new ReviewEarlyHelp(JustOutsideSkew)).ShouldBeRefusedWith(("reviewedAt", "not-in-future"));
    }

    [Fact]
    public void Needs_open_early_help()
    {
        Given(JourneyBuilder.Child().Contact(Day1).Journey).When(new ReviewEarlyHelp(ReviewedAt))
            .ShouldBeRefusedWith(("reviewedAt", "needs-open-early-help"));
        Given(JourneyBuilder.Child().AfterEarlyHelp().Journey).When(new ReviewEarlyHelp(ReviewedAt))
            .ShouldBeRefusedWith(("reviewedAt", "needs-open-early-help"));
    }

    [Fact]
    public void Without_a_date_and_without_early_help_reports_both() =>
        Given(ChildJourney.New("C1")).When(new ReviewEarlyHelp(null))
            .ShouldBeRefusedWith(("reviewedAt", "required"), ("reviewedAt", "needs-open-early-help"));

    [Fact]
    public void Cannot_be_dated_before_early_help_started()
    {
        Given(InEarlyHelp()).When(new ReviewEarlyHelp(EarlyHelpFrom)).ShouldAppend(new EarlyHelpReviewed(1, EarlyHelpFrom));
        Given(InEarlyHelp()).When(new ReviewEarlyHelp(EarlyHelpFrom - Tick)).ShouldBeRefusedWith(("reviewedAt", "within-early-help"));
    }
}
