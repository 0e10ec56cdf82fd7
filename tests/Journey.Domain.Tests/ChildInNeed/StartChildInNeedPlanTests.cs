using Journey.Domain.ChildInNeed;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.ChildInNeed;

public sealed class StartChildInNeedPlanTests
{
    private static readonly DateTimeOffset StartedAt = Day1.AddDays(1);

    private static ChildJourney Referred() => JourneyBuilder.Child().Referred().Journey; // referral 1 at Day1 11:00

    [Fact]
    public void Starts_child_in_need_plan_1() =>
        Given(Referred()).When(new StartChildInNeedPlan(StartedAt)).ShouldAppend(new ChildInNeedPlanStarted(1, StartedAt));

    [Fact]
    public void Starting_folds_an_open_plan_onto_the_journey()
    {
        var journey = JourneyBuilder.Child().Referred().ChildInNeedPlanStarted(StartedAt).Journey;

        journey.OpenChildInNeedPlan.ShouldBe(new ChildInNeedPlanState(1, StartedAt, null));
        journey.ChildInNeedPlans.ShouldBe([new ChildInNeedPlanState(1, StartedAt, null)]);
    }

    [Fact]
    public void A_second_plan_after_the_first_ended_is_plan_2()
    {
        var journey = JourneyBuilder.Child().Referred()
            .ChildInNeedPlanStarted(StartedAt)
            .ChildInNeedPlanEnded(Day1.AddDays(20))
            .Journey;
        var at = Day1.AddDays(30);

        Given(journey).When(new StartChildInNeedPlan(at)).ShouldAppend(new ChildInNeedPlanStarted(2, at));
    }

    [Fact]
    public void The_journey_keeps_both_plans_with_the_second_open()
    {
        var journey = JourneyBuilder.Child().Referred()
            .ChildInNeedPlanStarted(StartedAt)
            .ChildInNeedPlanEnded(Day1.AddDays(20))
            .ChildInNeedPlanStarted(Day1.AddDays(30))
            .Journey;

        journey.ChildInNeedPlans.ShouldBe([
            new ChildInNeedPlanState(1, StartedAt, Day1.AddDays(20)),
            new ChildInNeedPlanState(2, Day1.AddDays(30), null)]);
        journey.OpenChildInNeedPlan.ShouldBe(new ChildInNeedPlanState(2, Day1.AddDays(30), null));
    }

    [Fact]
    public void A_plan_may_start_the_moment_the_previous_one_ended()
    {
        var journey = JourneyBuilder.Child().Referred().ChildInNeedPlanStarted(StartedAt).ChildInNeedPlanEnded(Day1.AddDays(20)).Journey;

        Given(journey).When(new StartChildInNeedPlan(Day1.AddDays(20))).ShouldAppend(new ChildInNeedPlanStarted(2, Day1.AddDays(20)));
    }

    [Fact]
    public void When_it_started_is_required() =>
        Given(Referred()).When(new StartChildInNeedPlan(null)).ShouldBeRefusedWith(("startedAt", "required"));

    [Fact]
    public void Needs_an_accepted_referral()
    {
        Given(ChildJourney.New("C1")).When(new StartChildInNeedPlan(StartedAt))
            .ShouldBeRefusedWith(("startedAt", "child-in-need-plan-needs-referral"));
        Given(JourneyBuilder.Child().ContactDecidedForAssessment().Journey).When(new StartChildInNeedPlan(StartedAt))
            .ShouldBeRefusedWith(("startedAt", "child-in-need-plan-needs-referral"));
    }

    [Fact]
    public void Only_one_child_in_need_plan_is_open_at_a_time()
    {
        var journey = JourneyBuilder.Child().Referred().ChildInNeedPlanStarted(StartedAt).Journey;

        var decision = Given(journey).When(new StartChildInNeedPlan(Day1.AddDays(5)));

        decision.ShouldBeRefusedWith(("startedAt", "one-open-child-in-need-plan"));
        decision.MessageFor("one-open-child-in-need-plan").ShouldContain("plan 1");
    }

    [Fact]
    public void Not_while_a_protection_plan_is_open()
    {
        var journey = JourneyBuilder.Child().ReferredOnPlan().Journey; // referral 1 at Day1 11:00, plan 1 from Day1 + 10

        var decision = Given(journey).When(new StartChildInNeedPlan(Day1.AddDays(20)));

        decision.ShouldBeRefusedWith(("startedAt", "no-child-in-need-plan-during-protection-plan"));
        decision.MessageFor("no-child-in-need-plan-during-protection-plan").ShouldContain("plan 1");
    }

    [Fact]
    public void May_start_the_moment_the_protection_plan_ended()
    {
        var journey = JourneyBuilder.Child().ReferredOnPlan().PlanEnded(Day1.AddDays(40)).Journey;

        Given(journey).When(new StartChildInNeedPlan(Day1.AddDays(40))).ShouldAppend(new ChildInNeedPlanStarted(1, Day1.AddDays(40)));
    }

    // Overlap is judged by dates, not by what is open now: a plan dated back into an ended one overlaps it too.
    [Fact]
    public void Cannot_be_dated_back_into_a_protection_plan_that_has_since_ended()
    {
        var journey = JourneyBuilder.Child().ReferredOnPlan().PlanEnded(Day1.AddDays(40)).Journey; // plan 1: Day1 + 10 .. Day1 + 40

        Given(journey).When(new StartChildInNeedPlan(Day1.AddDays(40) - Tick))
            .ShouldBeRefusedWith(("startedAt", "no-child-in-need-plan-during-protection-plan"));
    }

    [Fact]
    public void Cannot_be_dated_back_into_a_child_in_need_plan_that_has_since_ended()
    {
        var journey = JourneyBuilder.Child().Referred()
            .ChildInNeedPlanStarted(StartedAt)
            .ChildInNeedPlanEnded(Day1.AddDays(20)) // plan 1: Day1 + 1 .. Day1 + 20
            .Journey;

        Given(journey).When(new StartChildInNeedPlan(Day1.AddDays(20) - Tick))
            .ShouldBeRefusedWith(("startedAt", "one-open-child-in-need-plan"));
    }

    [Fact]
    public void Not_after_the_case_was_closed()
    {
        var journey = JourneyBuilder.Child().Referred().Closed(Day1.AddDays(3)).Journey;

        Given(journey).When(new StartChildInNeedPlan(Day1.AddDays(4))).ShouldBeRefusedWith(("startedAt", "case-open"));
    }

    [Fact]
    public void A_new_referral_after_closure_allows_a_plan_again()
    {
        var journey = JourneyBuilder.Child().Referred().Closed(Day1.AddDays(3))
            .Contact(Day1.AddDays(10))
            .Decided(Day1.AddDays(10).AddHours(1), FrontDoorOutcome.ReferralForAssessment)
            .Referral(Day1.AddDays(10).AddHours(2))
            .Journey;

        Given(journey).When(new StartChildInNeedPlan(Day1.AddDays(11))).ShouldAppend(new ChildInNeedPlanStarted(1, Day1.AddDays(11)));
    }

    [Fact]
    public void Started_just_inside_the_clock_skew_allowance() =>
        Given(Referred()).When(new StartChildInNeedPlan(JustInsideSkew)).ShouldAppend(new ChildInNeedPlanStarted(1, JustInsideSkew));

    [Fact]
    public void Started_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(Referred()).When(new StartChildInNeedPlan(JustOutsideSkew)).ShouldBeRefusedWith(("startedAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported()
    {
        // A child on a protection plan whose front door never accepted a referral.
        Given(JourneyBuilder.Child().OnPlan().Journey).When(new StartChildInNeedPlan(JustOutsideSkew)).ShouldBeRefusedWith(
            ("startedAt", "not-in-future"),
            ("startedAt", "child-in-need-plan-needs-referral"),
            ("startedAt", "no-child-in-need-plan-during-protection-plan"));
        Given(ChildJourney.New("C1")).When(new StartChildInNeedPlan(null)).ShouldBeRefusedWith(
            ("startedAt", "required"),
            ("startedAt", "child-in-need-plan-needs-referral"));
    }
}
