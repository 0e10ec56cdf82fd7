using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;
using Journey.Domain.Reference;
using Journey.Domain.Tests.Scenarios;
using static Journey.Domain.Tests.Scenarios.GivenWhenThen;
using static Journey.Domain.Tests.Scenarios.LookedAfterJourneys;

namespace Journey.Domain.Tests.Returns;

/// <summary>
/// The SSDA903's OC2 items (SDQ, immunisations and development checks, substance misuse, convictions), UASC
/// status ceasing, the adopters at the match (AD1) and the reversal of a decision to place for adoption
/// (placed_for_adoption), each at the edge of its rule (decision 79).
/// </summary>
public sealed class OutcomesAndAdoptionTests
{
    private static readonly DateTimeOffset At10 = EnteredAt.AddDays(10);

    private static ChildJourney InCareNow() => JourneyBuilder.Child().InCarePlaced().Journey;

    [Fact]
    public void An_SDQ_score_runs_from_0_to_40()
    {
        Given(InCareNow()).When(new RecordStrengthsAndDifficulties(At10, 0)).ShouldAppend(new StrengthsAndDifficultiesRecorded(1, At10, 0, null));
        Given(InCareNow()).When(new RecordStrengthsAndDifficulties(At10, 40)).ShouldBeAccepted();
        Given(InCareNow()).When(new RecordStrengthsAndDifficulties(At10, 41)).ShouldBeRefusedWith(("score", "sdq-score"));
        Given(InCareNow()).When(new RecordStrengthsAndDifficulties(At10, -1)).ShouldBeRefusedWith(("score", "sdq-score"));
    }

    [Fact]
    public void Without_a_score_the_reason_is_an_SDQ_reason_code_and_never_both()
    {
        Given(InCareNow()).When(new RecordStrengthsAndDifficulties(At10, null, "SDQ2")).ShouldAppend(new StrengthsAndDifficultiesRecorded(1, At10, null, "SDQ2"));
        Given(InCareNow()).When(new RecordStrengthsAndDifficulties(At10, null, "SDQ6")).ShouldBeRefusedWith(("reasonNoScore", CodeLists.SdqReason));
        Given(InCareNow()).When(new RecordStrengthsAndDifficulties(At10, 12, "SDQ2")).ShouldBeRefusedWith(("score", "score-or-reason"));
        Given(InCareNow()).When(new RecordStrengthsAndDifficulties(At10)).ShouldBeRefusedWith(("score", "score-or-reason"));
    }

    [Fact]
    public void Outcome_steps_belong_to_a_period_of_care()
    {
        Given(JourneyBuilder.Child().Contacted().Journey).When(new RecordStrengthsAndDifficulties(At10, 5))
            .ShouldBeRefusedWith(("completedAt", "needs-child-in-care"));
        Given(InCareNow()).When(new RecordYouthJusticeOutcome(EnteredAt.AddTicks(-1), YouthJusticeOutcome.YouthCaution))
            .ShouldBeRefusedWith(("decidedAt", "within-the-period-of-care"));
        Given(InCareNow()).When(new RecordYouthJusticeOutcome(EnteredAt, YouthJusticeOutcome.YouthCaution))
            .ShouldAppend(new YouthJusticeOutcomeRecorded(1, EnteredAt, YouthJusticeOutcome.YouthCaution));
    }

    [Fact]
    public void An_intervention_received_needs_no_offer_and_one_not_received_says_whether_offered()
    {
        Given(InCareNow()).When(new IdentifySubstanceMisuse(At10, true)).ShouldAppend(new SubstanceMisuseIdentified(1, At10, true, null));
        Given(InCareNow()).When(new IdentifySubstanceMisuse(At10, false, true)).ShouldAppend(new SubstanceMisuseIdentified(1, At10, false, true));
        Given(InCareNow()).When(new IdentifySubstanceMisuse(At10, true, false)).ShouldBeRefusedWith(("interventionOffered", "offered-only-when-not-received"));
        Given(InCareNow()).When(new IdentifySubstanceMisuse(At10, false)).ShouldBeRefusedWith(("interventionOffered", "offered-when-not-received"));
        Given(InCareNow()).When(new IdentifySubstanceMisuse(At10, null)).ShouldBeRefusedWith(("interventionReceived", "required"));
    }

    [Fact]
    public void Immunisations_and_development_checks_come_with_a_health_assessment_not_a_dental_check()
    {
        Given(InCareNow()).When(new RecordHealthAssessment(At10, HealthAssessmentKind.Initial, null, true, false))
            .ShouldAppend(new HealthAssessmentCompleted(1, At10, HealthAssessmentKind.Initial, true, false));
        Given(InCareNow()).When(new RecordHealthAssessment(At10, HealthAssessmentKind.DentalCheck, null, true))
            .ShouldBeRefusedWith(("kind", "health-items-with-a-health-assessment"));
    }

    [Fact]
    public void UASC_status_ceases_once_for_a_child_who_entered_care_as_UASC()
    {
        var uasc = JourneyBuilder.Child().Contacted().EnteredCare(EnteredAt, "V2", uasc: true);
        Given(uasc.Journey).When(new EndUascStatus(EnteredAt)).ShouldAppend(new UascStatusCeased(EnteredAt));
        Given(uasc.Journey).When(new EndUascStatus(EnteredAt.AddTicks(-1))).ShouldBeRefusedWith(("ceasedAt", "ceased-after-uasc-status"));
        Given(InCareNow()).When(new EndUascStatus(At10)).ShouldBeRefusedWith(("ceasedAt", "needs-uasc-status"));
        var ceased = uasc.Apply(new EndUascStatus(At10));
        ceased.Journey.UascStatusCeasedAt.ShouldBe(At10);
        Given(ceased.Journey).When(new EndUascStatus(At10.AddDays(1))).ShouldBeRefusedWith(("ceasedAt", "uasc-status-ceases-once"));
    }

    [Theory]
    [InlineData(1, "M1", "L0", true)]
    [InlineData(1, "F1", "L0", true)]
    [InlineData(2, "MF", "L11", true)]
    [InlineData(2, "FF", "L12", true)]
    [InlineData(2, "MM", "L2", true)]
    [InlineData(2, "MF", "L3", true)]
    [InlineData(2, "FF", "L4", true)]
    [InlineData(2, "M1", "L0", false)] // rule 511: two adopters are a couple
    [InlineData(1, "MF", "L0", false)] // rule 514: a single adopter is M1 or F1
    [InlineData(2, "MM", "L11", false)] // rule 520
    [InlineData(2, "MF", "L12", false)] // rule 524
    [InlineData(2, "FF", "L3", false)] // rule 517
    [InlineData(2, "MF", "L4", false)] // rule 518
    public void The_adopters_number_sexes_and_legal_status_agree(int number, string sexes, string legalStatus, bool agree)
    {
        var decision = Matched(new Adopters(false, number, sexes, legalStatus));
        if (agree) decision.ShouldBeAccepted();
        else decision.ShouldBeRefusedWith(("adopters", "adopters-consistent"));
    }

    [Fact]
    public void The_adopters_items_are_codes_and_come_with_the_match()
    {
        Matched(new Adopters(null, 3, "XY", "L9")).ShouldBeRefusedWith(("adopters.fosterCarers", "required"), ("adopters.number", "number-of-adopters"),
            ("adopters.sexes", CodeLists.AdopterSex), ("adopters.legalStatus", CodeLists.AdopterLegalStatus));
        var placementOrdered = JourneyBuilder.Child().InCarePlaced().AdoptionStepsUpTo(EnteredAt.AddDays(2), AdoptionStep.DecisionMakerAgreed).Journey;
        Given(placementOrdered).When(new TakeAdoptionStep(At10, AdoptionStep.PlacementOrderMade, null, new Adopters(true, 1, "F1", "L0")))
            .ShouldBeRefusedWith(("adopters", "adopters-with-the-match"));
    }

    [Fact]
    public void A_reversed_decision_keeps_its_steps_for_the_return_and_lets_a_new_decision_start_again()
    {
        var decided = JourneyBuilder.Child().InCarePlaced().AdoptionStepsUpTo(EnteredAt.AddDays(2), AdoptionStep.PlacementOrderMade);
        Given(decided.Journey).When(new ReverseAdoptionDecision(At10, "RD5")).ShouldBeRefusedWith(("reason", CodeLists.ReasonPlacedCeased));
        Given(decided.Journey).When(new ReverseAdoptionDecision(EnteredAt.AddDays(3).AddTicks(-1), "RD1"))
            .ShouldBeRefusedWith(("reversedAt", "after-the-last-adoption-step"));
        Given(InCareNow()).When(new ReverseAdoptionDecision(At10, "RD1")).ShouldBeRefusedWith(("reversedAt", "needs-adoption-decision"));

        var again = decided.Apply(new ReverseAdoptionDecision(At10, "RD3")).TookAdoptionStep(At10.AddDays(1), AdoptionStep.DecisionMakerAgreed).Journey;
        again.AdoptionDecisions.ShouldBe(
        [
            new AdoptionDecisionState(1, EnteredAt.AddDays(2), PlacementOrderAt: EnteredAt.AddDays(3), ReversedAt: At10, ReversalReason: "RD3"),
            new AdoptionDecisionState(1, At10.AddDays(1)),
        ]);
    }

    [Fact]
    public void An_adopted_child_s_decision_cannot_be_reversed() =>
        Given(JourneyBuilder.Child().InCarePlaced().AdoptionStepsUpTo(EnteredAt.AddDays(2), AdoptionStep.AdoptionOrderMade).Journey).When(new ReverseAdoptionDecision(At10.AddDays(30), "RD4"))
            .ShouldBeRefusedWith(("reversedAt", "not-after-the-adoption-order"));

    private static Decision Matched(Adopters adopters) =>
        Given(JourneyBuilder.Child().InCarePlaced().AdoptionStepsUpTo(EnteredAt.AddDays(2), AdoptionStep.PlacementOrderMade).Journey)
            .When(new TakeAdoptionStep(At10, AdoptionStep.Matched, null, adopters));
}
