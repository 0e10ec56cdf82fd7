using Journey.Domain.Journeys;
using Journey.Domain.Safeguarding;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.Safeguarding;

public sealed class HoldMidwayReviewTests
{
    private static readonly DateTimeOffset PlanStartedAt = Day1.AddDays(10);
    private static readonly DateTimeOffset HeldAt = Day1.AddDays(25);

    private static ChildJourney OnPlan() => JourneyBuilder.Child().OnPlan().Journey; // plan 1 from Day1 + 10

    [Fact]
    public void Holds_the_midway_review_of_the_open_plan() =>
        new HoldMidwayReview(HeldAt).Decide(OnPlan(), Now).ShouldAppend(new MidwayReviewHeld(1, HeldAt));

    [Fact]
    public void Reviews_a_plan_transferred_in()
    {
        var journey = JourneyBuilder.Child().OnPlan().PlanEnded(Day1.AddDays(20)).PlanTransferredIn(Day1.AddDays(30)).Journey;

        new HoldMidwayReview(Day1.AddDays(40)).Decide(journey, Now).ShouldAppend(new MidwayReviewHeld(2, Day1.AddDays(40)));
    }

    [Fact]
    public void When_it_was_held_is_required() =>
        new HoldMidwayReview(null).Decide(OnPlan(), Now).ShouldBeRefusedWith(("heldAt", "required"));

    [Fact]
    public void Cannot_be_held_in_the_future_beyond_the_clock_skew()
    {
        new HoldMidwayReview(JustInsideSkew).Decide(OnPlan(), Now).ShouldAppend(new MidwayReviewHeld(1, JustInsideSkew));
        new HoldMidwayReview(JustOutsideSkew).Decide(OnPlan(), Now).ShouldBeRefusedWith(("heldAt", "not-in-future"));
    }

    [Fact]
    public void Needs_an_open_protection_plan()
    {
        new HoldMidwayReview(HeldAt).Decide(JourneyBuilder.Child().Referred().Journey, Now).ShouldBeRefusedWith(("heldAt", "needs-open-protection-plan"));
        new HoldMidwayReview(Day1.AddDays(45)).Decide(JourneyBuilder.Child().OnPlan().PlanEnded(Day1.AddDays(40)).Journey, Now)
            .ShouldBeRefusedWith(("heldAt", "needs-open-protection-plan"));
    }

    [Fact]
    public void Cannot_be_dated_before_the_plan_started()
    {
        new HoldMidwayReview(PlanStartedAt).Decide(OnPlan(), Now).ShouldAppend(new MidwayReviewHeld(1, PlanStartedAt));
        new HoldMidwayReview(PlanStartedAt - Tick).Decide(OnPlan(), Now).ShouldBeRefusedWith(("heldAt", "within-the-plan"));
    }
}
