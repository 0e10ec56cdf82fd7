using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Protection;

public sealed class RecordProtectionVisitTests
{
    private static readonly DateTimeOffset PlanStartedAt = Day1.AddDays(10);
    private static readonly DateTimeOffset VisitedAt = Day1.AddDays(12);

    private static ChildJourney OnPlan() => JourneyBuilder.Child().OnPlan().Journey; // plan 1 (NEG) from Day1 + 10

    [Fact]
    public void Records_the_visit_against_the_open_plan() =>
        Given(OnPlan()).When(new RecordProtectionVisit(VisitedAt, true, false))
            .ShouldAppend(new ProtectionVisitMade(1, VisitedAt, true, false));

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public void Records_whether_the_child_was_seen_and_seen_alone(bool seen, bool seenAlone) =>
        Given(OnPlan()).When(new RecordProtectionVisit(VisitedAt, seen, seenAlone))
            .ShouldAppend(new ProtectionVisitMade(1, VisitedAt, seen, seenAlone));

    [Fact]
    public void A_visit_on_a_later_plan_is_recorded_against_that_plan()
    {
        var journey = JourneyBuilder.Child().OnSecondPlan().Journey; // plan 2 from Day1 + 60
        var at = Day1.AddDays(61);

        Given(journey).When(new RecordProtectionVisit(at, true, true))
            .ShouldAppend(new ProtectionVisitMade(2, at, true, true));
    }

    [Fact]
    public void A_child_not_seen_cannot_have_been_seen_alone() =>
        Given(OnPlan()).When(new RecordProtectionVisit(VisitedAt, false, true))
            .ShouldBeRefusedWith(("childSeenAlone", "seen-alone-only-if-seen"));

    [Fact]
    public void When_and_whether_the_child_was_seen_and_seen_alone_are_required()
    {
        Given(OnPlan()).When(new RecordProtectionVisit(null, true, false)).ShouldBeRefusedWith(("visitedAt", "required"));
        Given(OnPlan()).When(new RecordProtectionVisit(VisitedAt, null, false)).ShouldBeRefusedWith(("childSeen", "required"));
        Given(OnPlan()).When(new RecordProtectionVisit(VisitedAt, true, null)).ShouldBeRefusedWith(("childSeenAlone", "required"));
        Given(OnPlan()).When(new RecordProtectionVisit(null, null, null)).ShouldBeRefusedWith(
            ("visitedAt", "required"),
            ("childSeen", "required"),
            ("childSeenAlone", "required"));
    }

    [Fact]
    public void Needs_an_open_protection_plan()
    {
        Given(ChildJourney.New("C1")).When(new RecordProtectionVisit(VisitedAt, true, false))
            .ShouldBeRefusedWith(("visitedAt", "needs-open-protection-plan"));
        Given(JourneyBuilder.Child().Section47ConcludedWith(Section47Outcome.InitialConference).Journey).When(new RecordProtectionVisit(VisitedAt, true, false))
            .ShouldBeRefusedWith(("visitedAt", "needs-open-protection-plan"));
    }

    [Fact]
    public void Not_after_the_plan_has_ended()
    {
        var journey = JourneyBuilder.Child().OnPlan().PlanEnded(Day1.AddDays(40)).Journey;

        Given(journey).When(new RecordProtectionVisit(Day1.AddDays(30), true, false))
            .ShouldBeRefusedWith(("visitedAt", "needs-open-protection-plan"));
    }

    [Fact]
    public void Not_before_the_plan_started()
    {
        Given(OnPlan()).When(new RecordProtectionVisit(PlanStartedAt, true, false))
            .ShouldAppend(new ProtectionVisitMade(1, PlanStartedAt, true, false));
        Given(OnPlan()).When(new RecordProtectionVisit(PlanStartedAt - Tick, true, false))
            .ShouldBeRefusedWith(("visitedAt", "within-the-plan"));
    }

    [Fact]
    public void Visited_just_inside_the_clock_skew_allowance() =>
        Given(OnPlan()).When(new RecordProtectionVisit(JustInsideSkew, true, false))
            .ShouldAppend(new ProtectionVisitMade(1, JustInsideSkew, true, false));

    [Fact]
    public void Visited_just_beyond_the_clock_skew_allowance_is_in_the_future() =>
        Given(OnPlan()).When(new RecordProtectionVisit(JustOutsideSkew, true, false))
            .ShouldBeRefusedWith(("visitedAt", "not-in-future"));

    [Fact]
    public void Several_problems_are_all_reported()
    {
        Given(ChildJourney.New("C1")).When(new RecordProtectionVisit(JustOutsideSkew, false, true)).ShouldBeRefusedWith(
            ("visitedAt", "not-in-future"),
            ("childSeenAlone", "seen-alone-only-if-seen"),
            ("visitedAt", "needs-open-protection-plan"));
        Given(OnPlan()).When(new RecordProtectionVisit(PlanStartedAt - Tick, false, true)).ShouldBeRefusedWith(
            ("childSeenAlone", "seen-alone-only-if-seen"),
            ("visitedAt", "within-the-plan"));
    }
}
