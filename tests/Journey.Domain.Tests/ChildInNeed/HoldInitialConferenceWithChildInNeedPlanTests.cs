using Journey.Domain.Protection;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.ChildInNeed;

/// <summary>The rule end-the-child-in-need-plan-first of HoldInitialConference: a protection plan cannot overlap a child in need plan.</summary>
public sealed class HoldInitialConferenceWithChildInNeedPlanTests
{
    private static readonly DateTimeOffset ChildInNeedPlanStartedAt = Day1.AddHours(3);
    private static readonly DateTimeOffset HeldAt = Day1.AddDays(10);

    /// <summary>Referral 1 at Day1 11:00, CIN plan 1 from 12:00, section 47 enquiry 1 Day1 + 1 .. Day1 + 5 asking for a conference.</summary>
    private static JourneyBuilder AwaitingConferenceOnChildInNeedPlan() =>
        JourneyBuilder.Child().ReferredForStrategyDiscussion()
            .ChildInNeedPlanStarted(ChildInNeedPlanStartedAt)
            .StrategyDiscussion(Day1.AddDays(1), initiatesSection47: true)
            .Section47Concluded(Day1.AddDays(5), Section47Outcome.InitialConference);

    [Fact]
    public void A_conference_deciding_on_a_plan_is_refused_while_a_child_in_need_plan_is_open()
    {
        var decision = Given(AwaitingConferenceOnChildInNeedPlan().Journey).When(new HoldInitialConference(HeldAt, true, "NEG"));

        decision.ShouldBeRefusedWith(("planRequired", "end-the-child-in-need-plan-first"));
        decision.MessageFor("end-the-child-in-need-plan-first").ShouldContain("plan 1");
    }

    [Fact]
    public void A_conference_deciding_no_plan_is_fine_while_a_child_in_need_plan_is_open() =>
        Given(AwaitingConferenceOnChildInNeedPlan().Journey).When(new HoldInitialConference(HeldAt, false))
            .ShouldAppend(new InitialConferenceHeld(1, 1, HeldAt, false, null));

    [Fact]
    public void Once_the_child_in_need_plan_ended_the_conference_starts_the_protection_plan()
    {
        var journey = AwaitingConferenceOnChildInNeedPlan().ChildInNeedPlanEnded(Day1.AddDays(9)).Journey;

        Given(journey).When(new HoldInitialConference(HeldAt, true, "NEG")).ShouldAppend(
            new InitialConferenceHeld(1, 1, HeldAt, true, "NEG"),
            new ProtectionPlanStarted(1, 1, HeldAt, "NEG"));
    }

    [Fact]
    public void The_protection_plan_may_start_the_moment_the_child_in_need_plan_ended()
    {
        var journey = AwaitingConferenceOnChildInNeedPlan().ChildInNeedPlanEnded(HeldAt).Journey;

        Given(journey).When(new HoldInitialConference(HeldAt, true, "PHY")).ShouldAppend(
            new InitialConferenceHeld(1, 1, HeldAt, true, "PHY"),
            new ProtectionPlanStarted(1, 1, HeldAt, "PHY"));
    }

    // A conference dated before the child in need plan ended would start an overlapping protection plan.
    [Fact]
    public void A_plan_deciding_conference_cannot_be_dated_before_the_child_in_need_plan_ended()
    {
        var journey = AwaitingConferenceOnChildInNeedPlan().ChildInNeedPlanEnded(HeldAt).Journey;

        Given(journey).When(new HoldInitialConference(HeldAt - Tick, true, "NEG"))
            .ShouldBeRefusedWith(("planRequired", "end-the-child-in-need-plan-first"));
    }

    [Fact]
    public void Reported_with_the_conferences_other_problems() =>
        Given(AwaitingConferenceOnChildInNeedPlan().Journey).When(new HoldInitialConference(JustOutsideSkew, true, "XXX")).ShouldBeRefusedWith(
            ("heldAt", "not-in-future"),
            ("planRequired", "end-the-child-in-need-plan-first"),
            ("category", "cin-abuse-category"));
}
