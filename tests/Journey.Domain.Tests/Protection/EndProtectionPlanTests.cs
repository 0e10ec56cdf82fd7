using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Protection;

public sealed class EndProtectionPlanTests
{
    private static readonly DateTimeOffset PlanStartedAt = Day1.AddDays(10);
    private static readonly DateTimeOffset EndedAt = Day1.AddDays(40);

    private static ChildJourney OnPlan() => JourneyBuilder.Child().OnPlan().Journey; // plan 1 from Day1 + 10

    [Fact]
    public void Ends_the_open_plan_with_its_reason() =>
        Given(OnPlan()).When(new EndProtectionPlan(EndedAt, "Risk reduced"))
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
        Given(JourneyBuilder.Child().Section47Open().Journey).When(new EndProtectionPlan(EndedAt, "Risk reduced"))
            .ShouldBeRefusedWith(("endedAt", "end-open-plan"));

    [Fact]
    public void Cannot_end_a_plan_twice()
    {
        var journey = JourneyBuilder.Child().OnPlan().PlanEnded(EndedAt).Journey;

        Given(journey).When(new EndProtectionPlan(EndedAt.AddDays(1), "Again"))
            .ShouldBeRefusedWith(("endedAt", "end-open-plan"));
    }

    [Fact]
    public void Cannot_end_before_the_plan_started()
    {
        // At the plan's start it is after the start; only the CIN census's rule that a plan lasts beyond its first day refuses it (decision 96).
        Given(OnPlan()).When(new EndProtectionPlan(PlanStartedAt, "Transferred out")).ShouldBeRefusedWith(("endedAt", "cin-8840"));
        Given(OnPlan()).When(new EndProtectionPlan(PlanStartedAt - Tick, "Transferred out"))
            .ShouldBeRefusedWith(("endedAt", "plan-ends-after-start"));
    }

    [Fact]
    public void Reason_is_required_and_at_most_2000_characters()
    {
        Given(OnPlan()).When(new EndProtectionPlan(EndedAt, "")).ShouldBeRefusedWith(("reason", "required"));
        Given(OnPlan()).When(new EndProtectionPlan(EndedAt, new string('r', 2000))).ShouldBeAccepted();
        Given(OnPlan()).When(new EndProtectionPlan(EndedAt, new string('r', 2001)))
            .ShouldBeRefusedWith(("reason", "max-length"));
    }

    [Fact]
    public void Ended_just_inside_the_clock_skew_allowance() =>
        Given(OnPlan()).When(new EndProtectionPlan(JustInsideSkew, "Risk reduced")).ShouldBeAccepted();

    [Fact]
    public void Ended_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(OnPlan()).When(new EndProtectionPlan(JustOutsideSkew, "Risk reduced"))
            .ShouldBeRefusedWith(("endedAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported()
    {
        Given(ChildJourney.New("C1")).When(new EndProtectionPlan(null, null)).ShouldBeRefusedWith(
            ("endedAt", "required"),
            ("reason", "required"),
            ("endedAt", "end-open-plan"));
        Given(OnPlan()).When(new EndProtectionPlan(PlanStartedAt - Tick, " ")).ShouldBeRefusedWith(
            ("reason", "required"),
            ("endedAt", "plan-ends-after-start"));
    }
}
