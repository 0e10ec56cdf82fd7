using Journey.Domain.Proceedings;
using Journey.Domain.Timescales;
using static Journey.Domain.Tests.Scenarios.ClockScenario;
using static Journey.Domain.Tests.Scenarios.Moments;

namespace Journey.Domain.Tests.Proceedings;

/// <summary>Care proceedings' clock (decision 116): given a step, when it is recorded, corrected or withdrawn, then these clock changes.</summary>
public sealed class ProceedingsClocksTests
{
    private static readonly CareProceedingsIssued Issued = new(1, Day1, false);
    private static readonly ProceedingsExtended Extended = new(1, Day1.AddDays(170), 8);

    [Fact]
    public void Issuing_starts_the_clock_and_the_final_order_stops_it()
    {
        GivenStep(Issued).WhenRecorded().ShouldChangeClocks(new StartClock(ProceedingsClocks.CareProceedings, 1, Day1));
        GivenStep(new FinalOrderMade(1, Day1.AddDays(180), FinalOrder.CareOrder)).WhenRecorded()
            .ShouldChangeClocks(new StopClock(ProceedingsClocks.CareProceedings, 1, Day1.AddDays(180)));
    }

    [Fact]
    public void An_extension_moves_the_due_date_on_by_its_weeks_and_its_withdrawal_moves_it_back()
    {
        GivenStep(Extended).WhenRecorded().ShouldChangeClocks(new MoveDueDate(ProceedingsClocks.CareProceedings, 1, 56));
        GivenStep(Extended).WhenWithdrawn().ShouldChangeClocks(new MoveDueDate(ProceedingsClocks.CareProceedings, 1, -56));
    }

    [Fact]
    public void Correcting_an_extension_moves_the_due_date_by_the_difference_in_weeks()
    {
        GivenStep(Extended).WhenCorrectedTo(Extended with { Weeks = 5 }).ShouldChangeClocks(new MoveDueDate(ProceedingsClocks.CareProceedings, 1, -21));
        GivenStep(Extended).WhenCorrectedTo(Extended with { OccurredAt = Day1.AddDays(171) })
            .ShouldChangeClocks(new MoveDueDate(ProceedingsClocks.CareProceedings, 1, 0));
    }

    [Fact]
    public void Correcting_the_issue_starts_the_clock_again_from_the_corrected_time() =>
        GivenStep(Issued).WhenCorrectedTo(Issued with { OccurredAt = Day1.AddDays(-2) })
            .ShouldChangeClocks(new StartClock(ProceedingsClocks.CareProceedings, 1, Day1.AddDays(-2)));
}
