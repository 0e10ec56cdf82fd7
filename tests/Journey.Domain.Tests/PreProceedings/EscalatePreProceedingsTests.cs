using Journey.Domain.PreProceedings;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.Moments;
using static Journey.Domain.Tests.Scenarios.MoreStepsJourneys;

namespace Journey.Domain.Tests.PreProceedings;

public sealed class EscalatePreProceedingsTests
{
    private static readonly DateTimeOffset EscalatedAt = PloFrom.AddDays(20);

    [Fact]
    public void Escalating_records_the_reason_against_the_open_pre_proceedings() =>
        Given(JourneyBuilder.Child().InPreProceedings().Journey).When(new EscalatePreProceedings(EscalatedAt, "No progress"))
            .ShouldAppend(new PreProceedingsEscalated(1, EscalatedAt, "No progress"));

    [Fact]
    public void Needs_open_pre_proceedings_and_a_reason() =>
        Given(JourneyBuilder.Child().Referred().Journey).When(new EscalatePreProceedings(EscalatedAt, " "))
            .ShouldBeRefusedWith(("reason", "required"), ("escalatedAt", "needs-open-pre-proceedings"));

    [Fact]
    public void Cannot_be_dated_before_pre_proceedings_began() =>
        Given(JourneyBuilder.Child().InPreProceedings().Journey).When(new EscalatePreProceedings(PloFrom - Tick, "r"))
            .ShouldBeRefusedWith(("escalatedAt", "within-pre-proceedings"));

    [Fact]
    public void Pre_proceedings_cannot_conclude_before_an_escalation_already_recorded()
    {
        var journey = JourneyBuilder.Child().InPreProceedings().Apply(new EscalatePreProceedings(EscalatedAt, "r")).Journey;
        Given(journey).When(new ConcludePreProceedings(EscalatedAt - Tick, PreProceedingsOutcome.IssueProceedings))
            .ShouldBeRefusedWith(("concludedAt", "after-the-last-step"));
    }
}
