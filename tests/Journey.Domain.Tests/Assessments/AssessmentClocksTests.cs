using Journey.Domain.Assessments;
using Journey.Domain.Timescales;
using static Journey.Domain.Tests.Scenarios.ClockScenario;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Assessments;

/// <summary>The assessment's clocks (decision 116): given a step, when it is recorded or withdrawn, then these clock changes.</summary>
public sealed class AssessmentClocksTests
{
    private static readonly AssessmentStarted Started = new(3, 1, Day1.AddDays(1));
    private static readonly AssessmentAuthorised Authorised = new(3, 1, Day1.AddDays(20), "tm.priya");

    [Fact]
    public void Starting_an_assessment_starts_its_own_clock_keyed_by_the_assessment() =>
        GivenStep(Started).WhenRecorded().ShouldChangeClocks(new StartClock(AssessmentClocks.AssessmentFromStart, 3, Started.OccurredAt));

    [Fact]
    public void Authorising_stops_the_referral_clock_by_referral_and_the_assessment_clock_by_assessment() =>
        GivenStep(Authorised).WhenRecorded().ShouldChangeClocks(
            new StopClock(AssessmentClocks.Assessment, 1, Authorised.OccurredAt),
            new StopClock(AssessmentClocks.AssessmentFromStart, 3, Authorised.OccurredAt));

    [Fact]
    public void Withdrawing_an_authorisation_reopens_both_clocks_it_stopped() =>
        GivenStep(Authorised).WhenWithdrawn().ShouldChangeClocks(
            new ReopenClock(AssessmentClocks.Assessment, 1),
            new ReopenClock(AssessmentClocks.AssessmentFromStart, 3));

    [Fact]
    public void Withdrawing_a_start_removes_its_clock() =>
        GivenStep(Started).WhenWithdrawn().ShouldChangeClocks(new RemoveClock(AssessmentClocks.AssessmentFromStart, 3));

    [Fact]
    public void Completing_an_assessment_before_it_is_authorised_moves_no_clock() =>
        GivenStep(new AssessmentCompleted(3, 1, Day1.AddDays(15), true, false, ["2A"], AssessmentOutcome.ChildInNeedPlan)).WhenRecorded().ShouldChangeNoClock();
}
