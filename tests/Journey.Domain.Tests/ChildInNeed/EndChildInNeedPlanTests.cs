using Journey.Domain.ChildInNeed;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.ChildInNeed;

public sealed class EndChildInNeedPlanTests
{
    private static readonly DateTimeOffset PlanStartedAt = Day1.AddDays(1);
    private static readonly DateTimeOffset EndedAt = Day1.AddDays(40);

    private static ChildJourney OnChildInNeedPlan() =>
        JourneyBuilder.Child().Referred().ChildInNeedPlanStarted(PlanStartedAt).Journey; // CIN plan 1 from Day1 + 1

    [Fact]
    public void Ends_the_open_plan_with_its_reason() =>
        Given(OnChildInNeedPlan()).When(new EndChildInNeedPlan(EndedAt, "Outcomes of the plan met"))
            .ShouldAppend(new ChildInNeedPlanEnded(1, EndedAt, "Outcomes of the plan met"));

    [Fact]
    public void Ending_folds_onto_the_plan_and_closes_it()
    {
        var journey = JourneyBuilder.Child().Referred().ChildInNeedPlanStarted(PlanStartedAt).ChildInNeedPlanEnded(EndedAt).Journey;

        journey.OpenChildInNeedPlan.ShouldBeNull();
        journey.ChildInNeedPlans.ShouldBe([new ChildInNeedPlanState(1, PlanStartedAt, EndedAt)]);
    }

    [Fact]
    public void Ends_a_later_plan_by_its_own_number()
    {
        var journey = JourneyBuilder.Child().Referred()
            .ChildInNeedPlanStarted(PlanStartedAt).ChildInNeedPlanEnded(Day1.AddDays(20)).ChildInNeedPlanStarted(Day1.AddDays(30))
            .Journey;

        Given(journey).When(new EndChildInNeedPlan(EndedAt, "Stepped down to early help"))
            .ShouldAppend(new ChildInNeedPlanEnded(2, EndedAt, "Stepped down to early help"));
    }

    [Fact]
    public void Needs_an_open_child_in_need_plan() =>
        Given(JourneyBuilder.Child().Referred().Journey).When(new EndChildInNeedPlan(EndedAt, "Outcomes met"))
            .ShouldBeRefusedWith(("endedAt", "needs-open-child-in-need-plan"));

    [Fact]
    public void Cannot_end_a_plan_twice()
    {
        var journey = JourneyBuilder.Child().Referred().ChildInNeedPlanStarted(PlanStartedAt).ChildInNeedPlanEnded(EndedAt).Journey;

        Given(journey).When(new EndChildInNeedPlan(EndedAt.AddDays(1), "Again"))
            .ShouldBeRefusedWith(("endedAt", "needs-open-child-in-need-plan"));
    }

    [Fact]
    public void Cannot_end_before_the_plan_started()
    {
        Given(OnChildInNeedPlan()).When(new EndChildInNeedPlan(PlanStartedAt, "Moved away"))
            .ShouldAppend(new ChildInNeedPlanEnded(1, PlanStartedAt, "Moved away"));
        Given(OnChildInNeedPlan()).When(new EndChildInNeedPlan(PlanStartedAt - Tick, "Moved away"))
            .ShouldBeRefusedWith(("endedAt", "within-the-plan"));
    }

    [Fact]
    public void When_it_ended_is_required() =>
        Given(OnChildInNeedPlan()).When(new EndChildInNeedPlan(null, "Outcomes met")).ShouldBeRefusedWith(("endedAt", "required"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Reason_is_required(string? reason) =>
        Given(OnChildInNeedPlan()).When(new EndChildInNeedPlan(EndedAt, reason)).ShouldBeRefusedWith(("reason", "required"));

    [Fact]
    public void Reason_is_at_most_2000_characters()
    {
        Given(OnChildInNeedPlan()).When(new EndChildInNeedPlan(EndedAt, new string('r', 2000))).ShouldBeAccepted();
        Given(OnChildInNeedPlan()).When(new EndChildInNeedPlan(EndedAt, new string('r', 2001)))
            .ShouldBeRefusedWith(("reason", "max-length"));
    }

    [Fact]
    public void Ended_just_inside_the_clock_skew_allowance() =>
        Given(OnChildInNeedPlan()).When(new EndChildInNeedPlan(JustInsideSkew, "Outcomes met"))
            .ShouldAppend(new ChildInNeedPlanEnded(1, JustInsideSkew, "Outcomes met"));

    [Fact]
    public void Ended_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(OnChildInNeedPlan()).When(new EndChildInNeedPlan(JustOutsideSkew, "Outcomes met"))
            .ShouldBeRefusedWith(("endedAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported()
    {
        Given(ChildJourney.New("C1")).When(new EndChildInNeedPlan(null, null)).ShouldBeRefusedWith(
            ("endedAt", "required"),
            ("reason", "required"),
            ("endedAt", "needs-open-child-in-need-plan"));
        Given(OnChildInNeedPlan()).When(new EndChildInNeedPlan(PlanStartedAt - Tick, " ")).ShouldBeRefusedWith(
            ("reason", "required"),
            ("endedAt", "within-the-plan"));
    }
}
