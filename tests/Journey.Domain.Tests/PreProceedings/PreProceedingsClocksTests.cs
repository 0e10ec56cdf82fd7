using Journey.Domain.PreProceedings;
using Journey.Domain.Timescales;
using static Journey.Domain.Tests.Scenarios.ClockScenario;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.PreProceedings;

/// <summary>Pre-proceedings' clock (decision 116): given a step, when it is recorded or withdrawn, then these clock changes.</summary>
public sealed class PreProceedingsClocksTests
{
    private static readonly PreProceedingsEntered Entered = new(1, Day1);
    private static readonly PreProceedingsConcluded Concluded = new(1, Day1.AddDays(100), PreProceedingsOutcome.SteppedDown);

    [Fact]
    public void Entering_pre_proceedings_starts_the_clock_and_withdrawing_the_entry_removes_it()
    {
        GivenStep(Entered).WhenRecorded().ShouldChangeClocks(new StartClock(PreProceedingsClocks.PreProceedings, 1, Day1));
        GivenStep(Entered).WhenWithdrawn().ShouldChangeClocks(new RemoveClock(PreProceedingsClocks.PreProceedings, 1));
    }

    [Fact]
    public void Concluding_them_stops_the_clock_and_withdrawing_the_conclusion_reopens_it()
    {
        GivenStep(Concluded).WhenRecorded().ShouldChangeClocks(new StopClock(PreProceedingsClocks.PreProceedings, 1, Concluded.OccurredAt));
        GivenStep(Concluded).WhenWithdrawn().ShouldChangeClocks(new ReopenClock(PreProceedingsClocks.PreProceedings, 1));
    }

    [Fact]
    public void A_letter_before_proceedings_moves_no_clock() =>
        GivenStep(new LetterBeforeProceedingsSent(1, Day1.AddDays(3))).WhenRecorded().ShouldChangeNoClock();
}
