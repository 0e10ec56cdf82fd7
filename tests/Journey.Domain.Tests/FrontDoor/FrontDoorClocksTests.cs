using Journey.Domain.Assessments;
using Journey.Domain.FrontDoor;
using Journey.Domain.Timescales;
using static Journey.Domain.Tests.Scenarios.ClockScenario;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.FrontDoor;

/// <summary>The front door's clocks (decision 116): given a step, when it is recorded, corrected or withdrawn, then these clock changes.</summary>
public sealed class FrontDoorClocksTests
{
    private static readonly ContactReceived Contact = new(2, Day1, "2A", "Bruising seen at school", ConsentStatus.Given, null, false);
    private static readonly FrontDoorDecisionMade Decision = new(2, Day1.AddHours(3), FrontDoorOutcome.ReferralForAssessment, "Threshold met", "MASH manager");
    private static readonly ReferralAccepted Referral = new(1, 2, Day1.AddHours(4), "N1");
    private static readonly CaseAllocated Allocated = new(Day1.AddDays(2), "Assessment Team North", "sw.sam");

    [Fact]
    public void A_contact_starts_both_decision_clocks_of_its_contact_from_when_it_was_received() =>
        GivenStep(Contact).WhenRecorded().ShouldChangeClocks(
            new StartClock(FrontDoorClocks.FrontDoorDecision, 2, Day1),
            new StartClock(FrontDoorClocks.ContactDecision24Hours, 2, Day1));

    [Fact]
    public void A_decision_stops_both_decision_clocks_of_its_contact() =>
        GivenStep(Decision).WhenRecorded().ShouldChangeClocks(
            new StopClock(FrontDoorClocks.FrontDoorDecision, 2, Decision.OccurredAt),
            new StopClock(FrontDoorClocks.ContactDecision24Hours, 2, Decision.OccurredAt));

    [Fact]
    public void An_accepted_referral_starts_the_assessment_clock_and_the_allocation_clock_of_the_referral() =>
        GivenStep(Referral).WhenRecorded().ShouldChangeClocks(
            new StartClock(AssessmentClocks.Assessment, 1, Referral.OccurredAt),
            new StartClock(FrontDoorClocks.Allocation, 1, Referral.OccurredAt));

    [Fact]
    public void An_allocation_stops_every_allocation_clock_still_open_whatever_its_referral() =>
        GivenStep(Allocated).WhenRecorded().ShouldChangeClocks(new StopOpenClocks(FrontDoorClocks.Allocation, Allocated.OccurredAt));

    [Fact]
    public void Withdrawing_a_contact_removes_its_clocks() =>
        GivenStep(Contact).WhenWithdrawn().ShouldChangeClocks(
            new RemoveClock(FrontDoorClocks.FrontDoorDecision, 2),
            new RemoveClock(FrontDoorClocks.ContactDecision24Hours, 2));

    [Fact]
    public void Withdrawing_a_decision_reopens_the_clocks_it_stopped() =>
        GivenStep(Decision).WhenWithdrawn().ShouldChangeClocks(
            new ReopenClock(FrontDoorClocks.FrontDoorDecision, 2),
            new ReopenClock(FrontDoorClocks.ContactDecision24Hours, 2));

    [Fact]
    public void Withdrawing_an_allocation_reopens_every_allocation_clock_it_stopped() =>
        GivenStep(Allocated).WhenWithdrawn().ShouldChangeClocks(new ReopenClocksItStopped(FrontDoorClocks.Allocation));

    [Fact]
    public void Correcting_a_contact_starts_its_clocks_again_from_the_corrected_time() =>
        GivenStep(Contact).WhenCorrectedTo(Contact with { OccurredAt = Day1.AddHours(-20) }).ShouldChangeClocks(
            new StartClock(FrontDoorClocks.FrontDoorDecision, 2, Day1.AddHours(-20)),
            new StartClock(FrontDoorClocks.ContactDecision24Hours, 2, Day1.AddHours(-20)));

    [Fact]
    public void Correcting_a_decision_stops_its_clocks_at_the_corrected_time() =>
        GivenStep(Decision).WhenCorrectedTo(Decision with { OccurredAt = Day1.AddHours(1) }).ShouldChangeClocks(
            new StopClock(FrontDoorClocks.FrontDoorDecision, 2, Day1.AddHours(1)),
            new StopClock(FrontDoorClocks.ContactDecision24Hours, 2, Day1.AddHours(1)));
}
