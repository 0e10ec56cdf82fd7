using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.Protection;

public sealed class HoldCoreGroupTests
{
    private static readonly DateTimeOffset PlanStartedAt = Day1.AddDays(10);
    private static readonly DateTimeOffset HeldAt = Day1.AddDays(20);

    private static ChildJourney OnPlan() => JourneyBuilder.Child().OnPlan().Journey; // plan 1 (NEG) from Day1 + 10

    [Fact]
    public void Records_the_core_group_against_the_open_plan() =>
        new HoldCoreGroup(HeldAt).Decide(OnPlan(), Now).ShouldAppend(new CoreGroupHeld(1, HeldAt));

    [Fact]
    public void A_core_group_on_a_later_plan_is_recorded_against_that_plan()
    {
        var at = Day1.AddDays(70);

        new HoldCoreGroup(at).Decide(JourneyBuilder.Child().OnSecondPlan().Journey, Now).ShouldAppend(new CoreGroupHeld(2, at));
    }

    [Fact]
    public void When_it_met_is_required() =>
        new HoldCoreGroup(null).Decide(OnPlan(), Now).ShouldBeRefusedWith(("heldAt", "required"));

    [Fact]
    public void Needs_an_open_protection_plan()
    {
        new HoldCoreGroup(HeldAt).Decide(ChildJourney.New("C1"), Now).ShouldBeRefusedWith(("heldAt", "needs-open-protection-plan"));
        new HoldCoreGroup(HeldAt).Decide(JourneyBuilder.Child().OnPlan().PlanEnded(Day1.AddDays(40)).Journey, Now)
            .ShouldBeRefusedWith(("heldAt", "needs-open-protection-plan"));
    }

    [Fact]
    public void Not_before_the_plan_started()
    {
        new HoldCoreGroup(PlanStartedAt).Decide(OnPlan(), Now).ShouldAppend(new CoreGroupHeld(1, PlanStartedAt));
        new HoldCoreGroup(PlanStartedAt - Tick).Decide(OnPlan(), Now).ShouldBeRefusedWith(("heldAt", "within-the-plan"));
    }

    [Fact]
    public void Held_just_inside_the_clock_skew_allowance() =>
        new HoldCoreGroup(JustInsideSkew).Decide(OnPlan(), Now).ShouldAppend(new CoreGroupHeld(1, JustInsideSkew));

    [Fact]
    public void Held_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        new HoldCoreGroup(JustOutsideSkew).Decide(OnPlan(), Now).ShouldBeRefusedWith(("heldAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported()
    {
        new HoldCoreGroup(JustOutsideSkew).Decide(ChildJourney.New("C1"), Now).ShouldBeRefusedWith(
            ("heldAt", "not-in-future"),
            ("heldAt", "needs-open-protection-plan"));
        new HoldCoreGroup(null).Decide(ChildJourney.New("C1"), Now).ShouldBeRefusedWith(
            ("heldAt", "required"),
            ("heldAt", "needs-open-protection-plan"));
    }
}
