using Journey.Domain.PreProceedings;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.MoreStepsJourneys;
using static Journey.Domain.Tests.Given.Moments;

namespace Journey.Domain.Tests.PreProceedings;

public sealed class EscalatePreProceedingsTests
{
    private static readonly DateTimeOffset EscalatedAt = PloFrom.AddDays(20);

    [Fact]
    public void Escalating_records_the_reason_against_the_open_pre_proceedings() =>
        new EscalatePreProceedings(EscalatedAt, "No progress").Decide(JourneyBuilder.Child().InPreProceedings().Journey, Now)
            .ShouldAppend(new PreProceedingsEscalated(1, EscalatedAt, "No progress"));

    [Fact]
    public void Needs_open_pre_proceedings_and_a_reason() =>
        new EscalatePreProceedings(EscalatedAt, " ").Decide(JourneyBuilder.Child().Referred().Journey, Now)
            .ShouldBeRefusedWith(("reason", "required"), ("escalatedAt", "needs-open-pre-proceedings"));

    [Fact]
    public void Cannot_be_dated_before_pre_proceedings_began() =>
        new EscalatePreProceedings(PloFrom - Tick, "r").Decide(JourneyBuilder.Child().InPreProceedings().Journey, Now)
            .ShouldBeRefusedWith(("escalatedAt", "within-pre-proceedings"));

    [Fact]
    public void Pre_proceedings_cannot_conclude_before_an_escalation_already_recorded()
    {
        var journey = JourneyBuilder.Child().InPreProceedings().Apply(new EscalatePreProceedings(EscalatedAt, "r")).Journey;
        new ConcludePreProceedings(EscalatedAt - Tick, PreProceedingsOutcome.IssueProceedings).Decide(journey, Now)
            .ShouldBeRefusedWith(("concludedAt", "after-the-last-step"));
    }
}
