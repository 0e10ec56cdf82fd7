using Journey.Domain.Missing;
using Journey.Domain.Timescales;
using static Journey.Domain.Tests.Scenarios.ClockScenario;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Missing;

/// <summary>The missing episode's clock (decision 116): given a step, when it is recorded, corrected or withdrawn, then these clock changes.</summary>
public sealed class MissingClocksTests
{
    private static readonly ReturnedFromMissing Returned = new(3, Day1);
    private static readonly ReturnInterviewRecorded Completed = new(3, Day1.AddHours(50), ReturnInterviewOutcome.Completed);

    [Fact]
    public void A_return_starts_the_interview_clock_of_the_episode_and_its_withdrawal_removes_it()
    {
        GivenStep(Returned).WhenRecorded().ShouldChangeClocks(new StartClock(MissingClocks.ReturnInterview, 3, Day1));
        GivenStep(Returned).WhenWithdrawn().ShouldChangeClocks(new RemoveClock(MissingClocks.ReturnInterview, 3));
    }

    [Theory]
    [InlineData(ReturnInterviewOutcome.Completed)]
    [InlineData(ReturnInterviewOutcome.Declined)]
    public void An_interview_done_or_declined_stops_the_clock(ReturnInterviewOutcome outcome) =>
        GivenStep(Completed with { Outcome = outcome }).WhenRecorded().ShouldChangeClocks(new StopClock(MissingClocks.ReturnInterview, 3, Completed.OccurredAt));

    [Theory]
    [InlineData(ReturnInterviewOutcome.Offered)]
    [InlineData(ReturnInterviewOutcome.Accepted)]
    public void An_interview_only_offered_or_accepted_stops_nothing(ReturnInterviewOutcome outcome) =>
        GivenStep(Completed with { Outcome = outcome }).WhenRecorded().ShouldChangeNoClock();

    [Fact]
    public void Correcting_a_completed_interview_to_one_only_offered_leaves_the_clock_it_stopped() =>
        GivenStep(Completed).WhenCorrectedTo(Completed with { Outcome = ReturnInterviewOutcome.Offered }).ShouldChangeNoClock();

    [Theory]
    [InlineData(ReturnInterviewOutcome.Completed)]
    [InlineData(ReturnInterviewOutcome.Offered)]
    public void Withdrawing_any_interview_record_reopens_the_clock_if_it_stopped_it(ReturnInterviewOutcome outcome) =>
        GivenStep(Completed with { Outcome = outcome }).WhenWithdrawn().ShouldChangeClocks(new ReopenClock(MissingClocks.ReturnInterview, 3));
}
