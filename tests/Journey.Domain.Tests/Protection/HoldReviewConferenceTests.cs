using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Protection;

public sealed class HoldReviewConferenceTests
{
    private static readonly DateTimeOffset PlanStartedAt = Day1.AddDays(10);
    private static readonly DateTimeOffset HeldAt = Day1.AddDays(40);

    private static ChildJourney OnPlan() => JourneyBuilder.Child().OnPlan().Journey; // plan 1 (NEG) from Day1 + 10

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Records_the_review_against_the_open_plan_and_whether_it_continues(bool planContinues) =>
        Given(OnPlan()).When(new HoldReviewConference(HeldAt, planContinues))
            .ShouldAppend(new ReviewConferenceHeld(1, HeldAt, planContinues));

    [Fact]
    public void A_review_deciding_the_plan_should_not_continue_leaves_it_open_until_it_is_ended()
    {
        var builder = JourneyBuilder.Child().OnPlan();
        builder.Apply(new HoldReviewConference(HeldAt, false));

        builder.Journey.OpenPlan.ShouldBe(new PlanState(1, PlanStartedAt, "NEG", null));
    }

    [Fact]
    public void A_review_on_a_later_plan_is_recorded_against_that_plan()
    {
        var at = Day1.AddDays(80);

        Given(JourneyBuilder.Child().OnSecondPlan().Journey).When(new HoldReviewConference(at, true))
            .ShouldAppend(new ReviewConferenceHeld(2, at, true));
    }

    [Fact]
    public void When_it_was_held_and_whether_the_plan_continues_are_required()
    {
        Given(OnPlan()).When(new HoldReviewConference(null, true)).ShouldBeRefusedWith(("heldAt", "required"));
        Given(OnPlan()).When(new HoldReviewConference(HeldAt, null)).ShouldBeRefusedWith(("planContinues", "required"));
    }

    [Fact]
    public void Needs_an_open_protection_plan()
    {
        Given(ChildJourney.New("C1")).When(new HoldReviewConference(HeldAt, true))
            .ShouldBeRefusedWith(("heldAt", "needs-open-protection-plan"));
        Given(JourneyBuilder.Child().OnPlan().PlanEnded(HeldAt).Journey).When(new HoldReviewConference(Day1.AddDays(50), true))
            .ShouldBeRefusedWith(("heldAt", "needs-open-protection-plan"));
    }

    [Fact]
    public void Not_before_the_plan_started()
    {
        // At the plan's start it is within the plan; only the CIN census's rule that a review follows the plan's first day refuses it (decision 96).
        Given(OnPlan()).When(new HoldReviewConference(PlanStartedAt, true)).ShouldBeRefusedWith(("heldAt", "cin-8841"));
        Given(OnPlan()).When(new HoldReviewConference(PlanStartedAt - Tick, true))
            .ShouldBeRefusedWith(("heldAt", "within-the-plan"));
    }

    [Fact]
    public void Held_just_inside_the_clock_skew_allowance() =>
        Given(OnPlan()).When(new HoldReviewConference(JustInsideSkew, true))
            .ShouldAppend(new ReviewConferenceHeld(1, JustInsideSkew, true));

    [Fact]
    public void Held_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(OnPlan()).When(new HoldReviewConference(JustOutsideSkew, true))
            .ShouldBeRefusedWith(("heldAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported()
    {
        Given(ChildJourney.New("C1")).When(new HoldReviewConference(null, null)).ShouldBeRefusedWith(
            ("heldAt", "required"),
            ("planContinues", "required"),
            ("heldAt", "needs-open-protection-plan"));
        Given(OnPlan()).When(new HoldReviewConference(PlanStartedAt - Tick, null)).ShouldBeRefusedWith(
            ("planContinues", "required"),
            ("heldAt", "within-the-plan"));
    }
}
