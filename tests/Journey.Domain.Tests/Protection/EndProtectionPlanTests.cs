using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using static Journey.Domain.Tests.Given.Moments;
using Journey.Domain.Tests.Given;

namespace Journey.Domain.Tests.Protection;

public sealed class EndProtectionPlanTests
{
    private static readonly DateTimeOffset PlanStartedAt = Day1.AddDays(10);
    private static readonly DateTimeOffset EndedAt = Day1.AddDays(40);

    private static ChildJourney OnPlan() => JourneyBuilder.Child().OnPlan().Journey; // plan 1 from Day1 + 10

    [Fact]
    public void Ends_the_open_plan_with_its_reason() =>
        new EndProtectionPlan(EndedAt, "Risk reduced").Decide(OnPlan(), Now)
            .ShouldAppend(new ProtectionPlanEnded(1, EndedAt, "Risk reduced"));

    [Fact]
    public void Ending_folds_onto_the_plan_and_closes_it()
    {
        var journey = JourneyBuilder.Child().OnPlan().PlanEnded(EndedAt, "Risk reduced").Journey;

        journey.OpenPlan.ShouldBeNull();
        journey.Plans.ShouldBe([new PlanState(1, PlanStartedAt, "NEG", EndedAt)]);
    }

    [Fact]
    public void Needs_an_open_plan() =>
        new EndProtectionPlan(EndedAt, "Risk reduced").Decide(JourneyBuilder.Child().Section47Open().Journey, Now)
            .ShouldBeRefusedWith(("endedAt", "end-open-plan"));

    [Fact]
    public void Cannot_end_a_plan_twice()
    {
        var journey = JourneyBuilder.Child().OnPlan().PlanEnded(EndedAt).Journey;

        new EndProtectionPlan(EndedAt.AddDays(1), "Again").Decide(journey, Now)
            .ShouldBeRefusedWith(("endedAt", "end-open-plan"));
    }

    [Fact]
    public void Cannot_end_before_the_plan_started()
    {
        // At the plan's start it is after the start; only the CIN census's rule that a plan lasts beyond its first day refuses it (decision 96).
        new EndProtectionPlan(PlanStartedAt, "Transferred out").Decide(OnPlan(), Now).ShouldBeRefusedWith(("endedAt", "cin-8840"));
        new EndProtectionPlan(PlanStartedAt - Tick, "Transferred out").Decide(OnPlan(), Now)
            .ShouldBeRefusedWith(("endedAt", "plan-ends-after-start"));
    }

    [Fact]
    public void Reason_is_required_and_at_most_2000_characters()
    {
        new EndProtectionPlan(EndedAt, "").Decide(OnPlan(), Now).ShouldBeRefusedWith(("reason", "required"));
        new EndProtectionPlan(EndedAt, new string('r', 2000)).Decide(OnPlan(), Now).ShouldBeAccepted();
        new EndProtectionPlan(EndedAt, new string('r', 2001)).Decide(OnPlan(), Now)
            .ShouldBeRefusedWith(("reason", "max-length"));
    }

    [Fact]
    public void Ended_just_inside_the_clock_skew_allowance() =>
        new EndProtectionPlan(JustInsideSkew, "Risk reduced").Decide(OnPlan(), Now).ShouldBeAccepted();

    [Fact]
    public void Ended_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        new EndProtectionPlan(JustOutsideSkew, "Risk reduced").Decide(OnPlan(), Now)
            .ShouldBeRefusedWith(("endedAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported()
    {
        new EndProtectionPlan(null, null).Decide(ChildJourney.New("C1"), Now).ShouldBeRefusedWith(
            ("endedAt", "required"),
            ("reason", "required"),
            ("endedAt", "end-open-plan"));
        new EndProtectionPlan(PlanStartedAt - Tick, " ").Decide(OnPlan(), Now).ShouldBeRefusedWith(
            ("reason", "required"),
            ("endedAt", "plan-ends-after-start"));
    }
}
