using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Protection;

public sealed class HoldMidwayReviewTests
{
    private static readonly DateTimeOffset PlanStartedAt = Day1.AddDays(10);
    private static readonly DateTimeOffset HeldAt = Day1.AddDays(25);

    private static ChildJourney OnPlan() => JourneyBuilder.Child().OnPlan().Journey; // plan 1 from Day1 + 10

    [Fact]
    public void Holds_the_midway_review_of_the_open_plan() =>
        Given(OnPlan()).When(new HoldMidwayReview(HeldAt)).ShouldAppend(new MidwayReviewHeld(1, HeldAt));

    [Fact]
    public void Reviews_a_plan_transferred_in()
    {
        var journey = JourneyBuilder.Child().OnPlan().PlanEnded(Day1.AddDays(20)).PlanTransferredIn(Day1.AddDays(30)).Journey;

        Given(journey).When(new HoldMidwayReview(Day1.AddDays(40))).ShouldAppend(new MidwayReviewHeld(2, Day1.AddDays(40)));
    }

    [Fact]
    public void When_it_was_held_is_required() =>
        Given(OnPlan()).When(new HoldMidwayReview(null)).ShouldBeRefusedWith(("heldAt", "required"));

    [Fact]
    public void Cannot_be_held_in_the_future_beyond_the_clock_skew()
    {
        Given(OnPlan()).When(new HoldMidwayReview(JustInsideSkew)).ShouldAppend(new MidwayReviewHeld(1, JustInsideSkew));
        Given(OnPlan()).When(new HoldMidwayReview(JustOutsideSkew)).ShouldBeRefusedWith(("heldAt", "not-in-future"));
    }

    [Fact]
    public void Needs_an_open_protection_plan()
    {
        Given(JourneyBuilder.Child().Referred().Journey).When(new HoldMidwayReview(HeldAt)).ShouldBeRefusedWith(("heldAt", "needs-open-protection-plan"));
        Given(JourneyBuilder.Child().OnPlan().PlanEnded(Day1.AddDays(40)).Journey).When(new HoldMidwayReview(Day1.AddDays(45)))
            .ShouldBeRefusedWith(("heldAt", "needs-open-protection-plan"));
    }

    [Fact]
    public void Cannot_be_dated_before_the_plan_started()
    {
        Given(OnPlan()).When(new HoldMidwayReview(PlanStartedAt)).ShouldAppend(new MidwayReviewHeld(1, PlanStartedAt));
        Given(OnPlan()).When(new HoldMidwayReview(PlanStartedAt - Tick)).ShouldBeRefusedWith(("heldAt", "within-the-plan"));
    }
}
