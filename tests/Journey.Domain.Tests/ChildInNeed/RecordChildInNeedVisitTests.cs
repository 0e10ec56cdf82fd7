using Journey.Domain.ChildInNeed;
using Journey.Domain.Journeys;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.ChildInNeed;

public sealed class RecordChildInNeedVisitTests
{
    private static readonly DateTimeOffset PlanStartedAt = Day1.AddDays(1);
    private static readonly DateTimeOffset VisitedAt = Day1.AddDays(8);

    private static ChildJourney OnChildInNeedPlan() =>
        JourneyBuilder.Child().Referred().ChildInNeedPlanStarted(PlanStartedAt).Journey; // CIN plan 1 from Day1 + 1

    [Fact]
    public void Records_the_visit_against_the_open_plan() =>
        Given(OnChildInNeedPlan()).When(new RecordChildInNeedVisit(VisitedAt, true, true))
            .ShouldAppend(new ChildInNeedVisitMade(1, VisitedAt, true, true));

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public void Records_whether_the_child_was_seen_and_seen_alone(bool seen, bool seenAlone) =>
        Given(OnChildInNeedPlan()).When(new RecordChildInNeedVisit(VisitedAt, seen, seenAlone))
            .ShouldAppend(new ChildInNeedVisitMade(1, VisitedAt, seen, seenAlone));

    [Fact]
    public void A_visit_on_a_later_plan_is_recorded_against_that_plan()
    {
        var journey = JourneyBuilder.Child().Referred()
            .ChildInNeedPlanStarted(PlanStartedAt).ChildInNeedPlanEnded(Day1.AddDays(20)).ChildInNeedPlanStarted(Day1.AddDays(30))
            .Journey;
        var at = Day1.AddDays(31);

        Given(journey).When(new RecordChildInNeedVisit(at, false, false)).ShouldAppend(new ChildInNeedVisitMade(2, at, false, false));
    }

    [Fact]
    public void A_child_not_seen_cannot_have_been_seen_alone() =>
        Given(OnChildInNeedPlan()).When(new RecordChildInNeedVisit(VisitedAt, false, true))
            .ShouldBeRefusedWith(("childSeenAlone", "seen-alone-only-if-seen"));

    [Fact]
    public void When_and_whether_the_child_was_seen_and_seen_alone_are_required()
    {
        Given(OnChildInNeedPlan()).When(new RecordChildInNeedVisit(null, true, false)).ShouldBeRefusedWith(("visitedAt", "required"));
        Given(OnChildInNeedPlan()).When(new RecordChildInNeedVisit(VisitedAt, null, false)).ShouldBeRefusedWith(("childSeen", "required"));
        Given(OnChildInNeedPlan()).When(new RecordChildInNeedVisit(VisitedAt, true, null)).ShouldBeRefusedWith(("childSeenAlone", "required"));
    }

    [Fact]
    public void Needs_an_open_child_in_need_plan()
    {
        Given(JourneyBuilder.Child().Referred().Journey).When(new RecordChildInNeedVisit(VisitedAt, true, true))
            .ShouldBeRefusedWith(("visitedAt", "needs-open-child-in-need-plan"));
        Given(JourneyBuilder.Child().Referred().ChildInNeedPlanStarted(PlanStartedAt).ChildInNeedPlanEnded(Day1.AddDays(20)).Journey).When(new RecordChildInNeedVisit(Day1.AddDays(10), true, true))
            .ShouldBeRefusedWith(("visitedAt", "needs-open-child-in-need-plan"));
    }

    [Fact]
    public void A_protection_plan_is_not_a_child_in_need_plan() =>
        Given(JourneyBuilder.Child().ReferredOnPlan().Journey).When(new RecordChildInNeedVisit(Day1.AddDays(12), true, true))
            .ShouldBeRefusedWith(("visitedAt", "needs-open-child-in-need-plan"));

    [Fact]
    public void Not_before_the_plan_started()
    {
        Given(OnChildInNeedPlan()).When(new RecordChildInNeedVisit(PlanStartedAt, true, false))
            .ShouldAppend(new ChildInNeedVisitMade(1, PlanStartedAt, true, false));
        Given(OnChildInNeedPlan()).When(new RecordChildInNeedVisit(PlanStartedAt - Tick, true, false))
            .ShouldBeRefusedWith(("visitedAt", "within-the-plan"));
    }

    [Fact]
    public void Visited_just_inside_the_clock_skew_allowance() =>
        Given(OnChildInNeedPlan()).When(new RecordChildInNeedVisit(JustInsideSkew, true, false))
            .ShouldAppend(new ChildInNeedVisitMade(1, JustInsideSkew, true, false));

    [Fact]
    public void Visited_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(OnChildInNeedPlan()).When(new RecordChildInNeedVisit(JustOutsideSkew, true, false))
            .ShouldBeRefusedWith(("visitedAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported()
    {
        Given(ChildJourney.New("C1")).When(new RecordChildInNeedVisit(JustOutsideSkew, false, true)).ShouldBeRefusedWith(
            ("visitedAt", "not-in-future"),
            ("childSeenAlone", "seen-alone-only-if-seen"),
            ("visitedAt", "needs-open-child-in-need-plan"));
        Given(ChildJourney.New("C1")).When(new RecordChildInNeedVisit(null, null, null)).ShouldBeRefusedWith(
            ("visitedAt", "required"),
            ("childSeen", "required"),
            ("childSeenAlone", "required"),
            ("visitedAt", "needs-open-child-in-need-plan"));
        Given(OnChildInNeedPlan()).When(new RecordChildInNeedVisit(PlanStartedAt - Tick, false, true)).ShouldBeRefusedWith(
            ("childSeenAlone", "seen-alone-only-if-seen"),
            ("visitedAt", "within-the-plan"));
    }
}
