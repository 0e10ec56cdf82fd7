using Journey.Domain.LookedAfter;
using Journey.Domain.Timescales;
using static Journey.Domain.Tests.Scenarios.ClockScenario;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.LookedAfter;

/// <summary>Looked after's clocks (decision 116): given a step, when it is recorded or withdrawn, then these clock changes.</summary>
public sealed class LookedAfterClocksTests
{
    private static readonly EnteredCare Entered = new(2, Day1, "C2", true, false);
    private static readonly LeftCare Left = new(2, Day1.AddDays(9), "E13");
    private static readonly HealthAssessmentCompleted InitialHealth = new(2, Day1.AddDays(15), HealthAssessmentKind.Initial);

    [Fact]
    public void Entering_care_starts_the_health_assessment_care_plan_and_first_review_clocks_of_the_episode() =>
        GivenStep(Entered).WhenRecorded().ShouldChangeClocks(
            new StartClock(LookedAfterClocks.InitialHealthAssessment, 2, Day1),
            new StartClock(LookedAfterClocks.CarePlan, 2, Day1),
            new StartClock(LookedAfterClocks.FirstLookedAfterReview, 2, Day1));

    [Fact]
    public void Withdrawing_the_entry_to_care_removes_the_three_clocks() =>
        GivenStep(Entered).WhenWithdrawn().ShouldChangeClocks(
            new RemoveClock(LookedAfterClocks.InitialHealthAssessment, 2),
            new RemoveClock(LookedAfterClocks.CarePlan, 2),
            new RemoveClock(LookedAfterClocks.FirstLookedAfterReview, 2));

    [Fact]
    public void The_initial_health_assessment_stops_its_clock_and_its_withdrawal_reopens_it()
    {
        GivenStep(InitialHealth).WhenRecorded().ShouldChangeClocks(new StopClock(LookedAfterClocks.InitialHealthAssessment, 2, InitialHealth.OccurredAt));
        GivenStep(InitialHealth).WhenWithdrawn().ShouldChangeClocks(new ReopenClock(LookedAfterClocks.InitialHealthAssessment, 2));
    }

    [Fact]
    public void A_review_health_assessment_moves_no_clock_recorded_or_withdrawn()
    {
        var review = InitialHealth with { Kind = HealthAssessmentKind.Review };

        GivenStep(review).WhenRecorded().ShouldChangeNoClock();
        GivenStep(review).WhenWithdrawn().ShouldChangeNoClock();
    }

    [Fact]
    public void A_looked_after_review_stops_the_first_review_clock() =>
        GivenStep(new LookedAfterReviewHeld(2, Day1.AddDays(19), "PN1")).WhenRecorded()
            .ShouldChangeClocks(new StopClock(LookedAfterClocks.FirstLookedAfterReview, 2, Day1.AddDays(19)));

    [Fact]
    public void Leaving_care_owes_none_of_the_three_from_then_until_it_is_withdrawn()
    {
        GivenStep(Left).WhenRecorded().ShouldChangeClocks(
            new NotDueFrom(LookedAfterClocks.InitialHealthAssessment, 2, Left.OccurredAt),
            new NotDueFrom(LookedAfterClocks.CarePlan, 2, Left.OccurredAt),
            new NotDueFrom(LookedAfterClocks.FirstLookedAfterReview, 2, Left.OccurredAt));
        GivenStep(Left).WhenWithdrawn().ShouldChangeClocks(
            new DueAgain(LookedAfterClocks.InitialHealthAssessment, 2),
            new DueAgain(LookedAfterClocks.CarePlan, 2),
            new DueAgain(LookedAfterClocks.FirstLookedAfterReview, 2));
    }
}
