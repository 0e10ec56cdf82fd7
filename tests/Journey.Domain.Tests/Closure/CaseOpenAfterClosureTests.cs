using Journey.Domain.Assessments;
using Journey.Domain.ChildInNeed;
using Journey.Domain.Closure;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Closure;

/// <summary>The rule case-open: after CaseClosed, work on the case needs a new referral.</summary>
public sealed class CaseOpenAfterClosureTests
{
    private static readonly DateTimeOffset ClosedAt = Day1.AddDays(3);
    private static readonly DateTimeOffset After = Day1.AddDays(11);
    private static readonly DateTimeOffset ReopenedAt = Day1.AddDays(10).AddHours(2);

    /// <summary>Referral 1 at Day1 11:00, case closed Day1 + 3 (RC8).</summary>
    private static JourneyBuilder Closed() => JourneyBuilder.Child().Referred().Closed(ClosedAt);

    /// <summary>... then contact 2 at Day1 + 10, decided ReferralForAssessment, accepted as referral 2 at Day1 + 10 11:00.</summary>
    private static ChildJourney Reopened() =>
        Closed().Contact(Day1.AddDays(10))
            .Decided(Day1.AddDays(10).AddHours(1), FrontDoorOutcome.ReferralForAssessment)
            .Referral(ReopenedAt)
            .Journey;

    /// <summary>... contact 2 decided, but not (yet) accepted as a referral.</summary>
    private static ChildJourney NewContactOnly() =>
        Closed().Contact(Day1.AddDays(10)).Decided(Day1.AddDays(10).AddHours(1), FrontDoorOutcome.StrategyDiscussion).Journey;

    public static TheoryData<string> Commands => ["AllocateCase", "StartAssessment", "HoldStrategyDiscussion", "StartChildInNeedPlan", "CloseCase"];

    private static (IJourneyCommand Command, string Field) Command(string name) => name switch
    {
        "AllocateCase" => (new AllocateCase(After, "Team A", "J. Smith"), "allocatedAt"),
        "StartAssessment" => (new StartAssessment(After), "startedAt"),
        "HoldStrategyDiscussion" => (new HoldStrategyDiscussion(After, false), "heldAt"),
        "StartChildInNeedPlan" => (new StartChildInNeedPlan(After), "startedAt"),
        "CloseCase" => (new CloseCase(After, "RC7"), "closedAt"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Refused_after_the_case_was_closed(string name)
    {
        var (command, field) = Command(name);

        var decision = Given(Closed().Journey).When(command);

        decision.ShouldBeRefusedWith((field, "case-open"));
        decision.MessageFor("case-open").ShouldContain("2025-03-06");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_new_contact_without_a_referral_does_not_reopen_the_case(string name)
    {
        var (command, field) = Command(name);

        Given(NewContactOnly()).When(command).ShouldBeRefusedWith((field, "case-open"));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Accepted_again_after_a_new_referral(string name) =>
        Given(Reopened()).When(Command(name).Command).ShouldBeAccepted();

    // Once a new referral has reopened the case, nothing may be dated inside the closed period
    // (after the closure, before the new referral), whatever step or referral it is recorded against.
    [Theory]
    [InlineData("StartChildInNeedPlan", "startedAt")]
    [InlineData("HoldStrategyDiscussion", "heldAt")]
    [InlineData("StartAssessment for referral 1", "startedAt")]
    public void Work_cannot_be_dated_into_the_closed_period_once_reopened(string name, string field)
    {
        var inTheGap = ReopenedAt - Tick; // after the closure at Day1 + 3, before referral 2
        IJourneyCommand command = name switch
        {
            "StartChildInNeedPlan" => new StartChildInNeedPlan(inTheGap),
            "HoldStrategyDiscussion" => new HoldStrategyDiscussion(inTheGap, true),
            "StartAssessment for referral 1" => new StartAssessment(inTheGap, ReferralNumber: 1),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };

        var violations = Given(Reopened()).When(command).Violations.Select(v => (v.Field, v.Rule)).ToArray();
        violations.ShouldContain((field, "case-open"));
        // A child in need plan is also dated before the referral that reopened the case.
        violations.ShouldBeSubsetOf([(field, "case-open"), (field, "child-in-need-plan-after-referral")]);
    }

    [Fact]
    public void A_new_referral_clears_the_closure()
    {
        Closed().Journey.ClosedAt.ShouldBe(ClosedAt);
        Reopened().ClosedAt.ShouldBeNull();
    }

    [Fact]
    public void A_strategy_discussion_initiating_section_47_is_refused_too() =>
        Given(Closed().Journey).When(new HoldStrategyDiscussion(After, true)).ShouldBeRefusedWith(("heldAt", "case-open"));

    [Fact]
    public void After_reopening_the_case_is_allocated() =>
        Given(Reopened()).When(new AllocateCase(After, "Team A", "J. Smith")).ShouldAppend(new CaseAllocated(After, "Team A", "J. Smith"));

    [Fact]
    public void After_reopening_an_assessment_starts_for_the_new_referral() =>
        Given(Reopened()).When(new StartAssessment(After)).ShouldAppend(new AssessmentStarted(1, 2, After));

    [Fact]
    public void After_reopening_a_strategy_discussion_can_start_a_section_47() =>
        Given(Reopened()).When(new HoldStrategyDiscussion(After, true)).ShouldAppend(
            new StrategyDiscussionHeld(1, After, true, null),
            new Section47Started(1, 1, After));

    [Fact]
    public void After_reopening_a_child_in_need_plan_starts() =>
        Given(Reopened()).When(new StartChildInNeedPlan(After)).ShouldAppend(new ChildInNeedPlanStarted(1, After));

    [Fact]
    public void After_reopening_the_case_is_closed_again() =>
        Given(Reopened()).When(new CloseCase(After, "RC7")).ShouldAppend(new CaseClosed(After, "RC7"));

    [Fact]
    public void Case_open_is_reported_with_the_commands_other_problems()
    {
        Given(Closed().Journey).When(new AllocateCase(JustOutsideSkew, "", null)).ShouldBeRefusedWith(
            ("allocatedAt", "not-in-future"),
            ("team", "required"),
            ("worker", "required"),
            ("allocatedAt", "case-open"));
        Given(Closed().Journey).When(new CloseCase(After, "RC10")).ShouldBeRefusedWith(
            ("reason", "cin-closure-reason"),
            ("closedAt", "case-open"));
    }
}
