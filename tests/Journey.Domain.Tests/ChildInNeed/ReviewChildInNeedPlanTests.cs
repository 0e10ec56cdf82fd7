using Journey.Domain.ChildInNeed;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.ChildInNeed;

public sealed class ReviewChildInNeedPlanTests
{
    private static readonly DateTimeOffset PlanStartedAt = Day1.AddDays(1);
    private static readonly DateTimeOffset ReviewedAt = Day1.AddDays(30);

    private static ChildJourney OnChildInNeedPlan() =>
        JourneyBuilder.Child().Referred().ChildInNeedPlanStarted(PlanStartedAt).Journey; // CIN plan 1 from Day1 + 1

    [Fact]
    public void Records_the_review_of_the_open_plan() =>
        Given(OnChildInNeedPlan()).When(new ReviewChildInNeedPlan(ReviewedAt)).ShouldAppend(new ChildInNeedPlanReviewed(1, ReviewedAt));

    [Fact]
    public void A_review_leaves_the_plan_open()
    {
        var builder = JourneyBuilder.Child().Referred().ChildInNeedPlanStarted(PlanStartedAt);
        builder.Apply(new ReviewChildInNeedPlan(ReviewedAt));

        builder.Journey.OpenChildInNeedPlan.ShouldBe(new ChildInNeedPlanState(1, PlanStartedAt, null));
    }

    [Fact]
    public void A_review_of_a_later_plan_is_recorded_against_that_plan()
    {
        var journey = JourneyBuilder.Child().Referred()
            .ChildInNeedPlanStarted(PlanStartedAt).ChildInNeedPlanEnded(Day1.AddDays(20)).ChildInNeedPlanStarted(Day1.AddDays(30))
            .Journey;
        var at = Day1.AddDays(60);

        Given(journey).When(new ReviewChildInNeedPlan(at)).ShouldAppend(new ChildInNeedPlanReviewed(2, at));
    }

    [Fact]
    public void When_it_was_reviewed_is_required() =>
        Given(OnChildInNeedPlan()).When(new ReviewChildInNeedPlan(null)).ShouldBeRefusedWith(("reviewedAt", "required"));

    [Fact]
    public void Needs_an_open_child_in_need_plan()
    {
        Given(JourneyBuilder.Child().Referred().Journey).When(new ReviewChildInNeedPlan(ReviewedAt))
            .ShouldBeRefusedWith(("reviewedAt", "needs-open-child-in-need-plan"));
        Given(JourneyBuilder.Child().Referred().ChildInNeedPlanStarted(PlanStartedAt).ChildInNeedPlanEnded(Day1.AddDays(20)).Journey).When(new ReviewChildInNeedPlan(ReviewedAt))
            .ShouldBeRefusedWith(("reviewedAt", "needs-open-child-in-need-plan"));
    }

    [Fact]
    public void Not_before_the_plan_started()
    {
        Given(OnChildInNeedPlan()).When(new ReviewChildInNeedPlan(PlanStartedAt)).ShouldAppend(new ChildInNeedPlanReviewed(1, PlanStartedAt));
        Given(OnChildInNeedPlan()).When(new ReviewChildInNeedPlan(PlanStartedAt - Tick))
            .ShouldBeRefusedWith(("reviewedAt", "within-the-plan"));
    }

    [Fact]
    public void Reviewed_just_inside_the_clock_skew_allowance() =>
        Given(OnChildInNeedPlan()).When(new ReviewChildInNeedPlan(JustInsideSkew)).ShouldAppend(new ChildInNeedPlanReviewed(1, JustInsideSkew));

    [Fact]
    public void Reviewed_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(OnChildInNeedPlan()).When(new ReviewChildInNeedPlan(JustOutsideSkew)).ShouldBeRefusedWith(("reviewedAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported()
    {
        Given(ChildJourney.New("C1")).When(new ReviewChildInNeedPlan(JustOutsideSkew)).ShouldBeRefusedWith(
            ("reviewedAt", "not-in-future"),
            ("reviewedAt", "needs-open-child-in-need-plan"));
        Given(ChildJourney.New("C1")).When(new ReviewChildInNeedPlan(null)).ShouldBeRefusedWith(
            ("reviewedAt", "required"),
            ("reviewedAt", "needs-open-child-in-need-plan"));
    }
}
