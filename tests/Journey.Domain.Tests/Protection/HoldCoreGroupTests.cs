using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Protection;

public sealed class HoldCoreGroupTests
{
    private static readonly DateTimeOffset PlanStartedAt = Day1.AddDays(10);
    private static readonly DateTimeOffset HeldAt = Day1.AddDays(20);

    private static ChildJourney OnPlan() => JourneyBuilder.Child().OnPlan().Journey; // plan 1 (NEG) from Day1 + 10

    [Fact]
    public void Records_the_core_group_against_the_open_plan() =>
        Given(OnPlan()).When(new HoldCoreGroup(HeldAt)).ShouldAppend(new CoreGroupHeld(1, HeldAt));

    [Fact]
    public void A_core_group_on_a_later_plan_is_recorded_against_that_plan()
    {
        var at = Day1.AddDays(70);

        Given(JourneyBuilder.Child().OnSecondPlan().Journey).When(new HoldCoreGroup(at)).ShouldAppend(new CoreGroupHeld(2, at));
    }

    [Fact]
    public void When_it_met_is_required() =>
        Given(OnPlan()).When(new HoldCoreGroup(null)).ShouldBeRefusedWith(("heldAt", "required"));

    [Fact]
    public void Needs_an_open_protection_plan()
    {
        Given(ChildJourney.New("C1")).When(new HoldCoreGroup(HeldAt)).ShouldBeRefusedWith(("heldAt", "needs-open-protection-plan"));
        Given(JourneyBuilder.Child().OnPlan().PlanEnded(Day1.AddDays(40)).Journey).When(new HoldCoreGroup(HeldAt))
            .ShouldBeRefusedWith(("heldAt", "needs-open-protection-plan"));
    }

    [Fact]
    public void Not_before_the_plan_started()
    {
        Given(OnPlan()).When(new HoldCoreGroup(PlanStartedAt)).ShouldAppend(new CoreGroupHeld(1, PlanStartedAt));
        Given(OnPlan()).When(new HoldCoreGroup(PlanStartedAt - Tick)).ShouldBeRefusedWith(("heldAt", "within-the-plan"));
    }

    [Fact]
    public void Held_just_inside_the_clock_skew_allowance() =>
        Given(OnPlan()).When(new HoldCoreGroup(JustInsideSkew)).ShouldAppend(new CoreGroupHeld(1, JustInsideSkew));

    [Fact]
    public void Held_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(OnPlan()).When(new HoldCoreGroup(JustOutsideSkew)).ShouldBeRefusedWith(("heldAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported()
    {
        Given(ChildJourney.New("C1")).When(new HoldCoreGroup(JustOutsideSkew)).ShouldBeRefusedWith(
            ("heldAt", "not-in-future"),
            ("heldAt", "needs-open-protection-plan"));
        Given(ChildJourney.New("C1")).When(new HoldCoreGroup(null)).ShouldBeRefusedWith(
            ("heldAt", "required"),
            ("heldAt", "needs-open-protection-plan"));
    }
}
