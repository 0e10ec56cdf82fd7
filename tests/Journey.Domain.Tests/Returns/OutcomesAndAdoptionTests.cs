using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;
using Journey.Domain.Reference;
using Journey.Domain.Tests.Given;
using static Journey.Domain.Tests.Given.LookedAfterJourneys;
using static Journey.Domain.Tests.Given.Moments;

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
        new RecordStrengthsAndDifficulties(At10, 0).Decide(InCareNow(), Now).ShouldAppend(new StrengthsAndDifficultiesRecorded(1, At10, 0, null));
        new RecordStrengthsAndDifficulties(At10, 40).Decide(InCareNow(), Now).ShouldBeAccepted();
        new RecordStrengthsAndDifficulties(At10, 41).Decide(InCareNow(), Now).ShouldBeRefusedWith(("score", "sdq-score"));
        new RecordStrengthsAndDifficulties(At10, -1).Decide(InCareNow(), Now).ShouldBeRefusedWith(("score", "sdq-score"));
    }

    [Fact]
    public void Without_a_score_the_reason_is_an_SDQ_reason_code_and_never_both()
    {
        new RecordStrengthsAndDifficulties(At10, null, "SDQ2").Decide(InCareNow(), Now).ShouldAppend(new StrengthsAndDifficultiesRecorded(1, At10, null, "SDQ2"));
        new RecordStrengthsAndDifficulties(At10, null, "SDQ6").Decide(InCareNow(), Now).ShouldBeRefusedWith(("reasonNoScore", CodeLists.SdqReason));
        new RecordStrengthsAndDifficulties(At10, 12, "SDQ2").Decide(InCareNow(), Now).ShouldBeRefusedWith(("score", "score-or-reason"));
        new RecordStrengthsAndDifficulties(At10).Decide(InCareNow(), Now).ShouldBeRefusedWith(("score", "score-or-reason"));
    }

    [Fact]
    public void Outcome_steps_belong_to_a_period_of_care()
    {
        new RecordStrengthsAndDifficulties(At10, 5).Decide(JourneyBuilder.Child().Contacted().Journey, Now)
            .ShouldBeRefusedWith(("completedAt", "needs-child-in-care"));
        new RecordYouthJusticeOutcome(EnteredAt.AddTicks(-1), YouthJusticeOutcome.YouthCaution).Decide(InCareNow(), Now)
            .ShouldBeRefusedWith(("decidedAt", "within-the-period-of-care"));
        new RecordYouthJusticeOutcome(EnteredAt, YouthJusticeOutcome.YouthCaution).Decide(InCareNow(), Now)
            .ShouldAppend(new YouthJusticeOutcomeRecorded(1, EnteredAt, YouthJusticeOutcome.YouthCaution));
    }

    [Fact]
    public void An_intervention_received_needs_no_offer_and_one_not_received_says_whether_offered()
    {
        new IdentifySubstanceMisuse(At10, true).Decide(InCareNow(), Now).ShouldAppend(new SubstanceMisuseIdentified(1, At10, true, null));
        new IdentifySubstanceMisuse(At10, false, true).Decide(InCareNow(), Now).ShouldAppend(new SubstanceMisuseIdentified(1, At10, false, true));
        new IdentifySubstanceMisuse(At10, true, false).Decide(InCareNow(), Now).ShouldBeRefusedWith(("interventionOffered", "offered-only-when-not-received"));
        new IdentifySubstanceMisuse(At10, false).Decide(InCareNow(), Now).ShouldBeRefusedWith(("interventionOffered", "offered-when-not-received"));
        new IdentifySubstanceMisuse(At10, null).Decide(InCareNow(), Now).ShouldBeRefusedWith(("interventionReceived", "required"));
    }

    [Fact]
    public void Immunisations_and_development_checks_come_with_a_health_assessment_not_a_dental_check()
    {
        new RecordHealthAssessment(At10, HealthAssessmentKind.Initial, null, true, false).Decide(InCareNow(), Now)
            .ShouldAppend(new HealthAssessmentCompleted(1, At10, HealthAssessmentKind.Initial, true, false));
        new RecordHealthAssessment(At10, HealthAssessmentKind.DentalCheck, null, true).Decide(InCareNow(), Now)
            .ShouldBeRefusedWith(("kind", "health-items-with-a-health-assessment"));
    }

    [Fact]
    public void UASC_status_ceases_once_for_a_child_who_entered_care_as_UASC()
    {
        var uasc = JourneyBuilder.Child().Contacted().EnteredCare(EnteredAt, "V2", uasc: true);
        new EndUascStatus(EnteredAt).Decide(uasc.Journey, Now).ShouldAppend(new UascStatusCeased(EnteredAt));
        new EndUascStatus(EnteredAt.AddTicks(-1)).Decide(uasc.Journey, Now).ShouldBeRefusedWith(("ceasedAt", "ceased-after-uasc-status"));
        new EndUascStatus(At10).Decide(InCareNow(), Now).ShouldBeRefusedWith(("ceasedAt", "needs-uasc-status"));
        var ceased = uasc.Apply(new EndUascStatus(At10));
        ceased.Journey.UascStatusCeasedAt.ShouldBe(At10);
        new EndUascStatus(At10.AddDays(1)).Decide(ceased.Journey, Now).ShouldBeRefusedWith(("ceasedAt", "uasc-status-ceases-once"));
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
        new TakeAdoptionStep(At10, AdoptionStep.PlacementOrderMade, null, new Adopters(true, 1, "F1", "L0")).Decide(placementOrdered, Now)
            .ShouldBeRefusedWith(("adopters", "adopters-with-the-match"));
    }

    [Fact]
    public void A_reversed_decision_keeps_its_steps_for_the_return_and_lets_a_new_decision_start_again()
    {
        var decided = JourneyBuilder.Child().InCarePlaced().AdoptionStepsUpTo(EnteredAt.AddDays(2), AdoptionStep.PlacementOrderMade);
        new ReverseAdoptionDecision(At10, "RD5").Decide(decided.Journey, Now).ShouldBeRefusedWith(("reason", CodeLists.ReasonPlacedCeased));
        new ReverseAdoptionDecision(EnteredAt.AddDays(3).AddTicks(-1), "RD1").Decide(decided.Journey, Now)
            .ShouldBeRefusedWith(("reversedAt", "after-the-last-adoption-step"));
        new ReverseAdoptionDecision(At10, "RD1").Decide(InCareNow(), Now).ShouldBeRefusedWith(("reversedAt", "needs-adoption-decision"));

        var again = decided.Apply(new ReverseAdoptionDecision(At10, "RD3")).TookAdoptionStep(At10.AddDays(1), AdoptionStep.DecisionMakerAgreed).Journey;
        again.AdoptionDecisions.ShouldBe(
        [
            new AdoptionDecisionState(1, EnteredAt.AddDays(2), PlacementOrderAt: EnteredAt.AddDays(3), ReversedAt: At10, ReversalReason: "RD3"),
            new AdoptionDecisionState(1, At10.AddDays(1)),
        ]);
    }

    [Fact]
    public void An_adopted_child_s_decision_cannot_be_reversed() =>
        new ReverseAdoptionDecision(At10.AddDays(30), "RD4")
            .Decide(JourneyBuilder.Child().InCarePlaced().AdoptionStepsUpTo(EnteredAt.AddDays(2), AdoptionStep.AdoptionOrderMade).Journey, Now)
            .ShouldBeRefusedWith(("reversedAt", "not-after-the-adoption-order"));

    private static Decision Matched(Adopters adopters) =>
        new TakeAdoptionStep(At10, AdoptionStep.Matched, null, adopters)
            .Decide(JourneyBuilder.Child().InCarePlaced().AdoptionStepsUpTo(EnteredAt.AddDays(2), AdoptionStep.PlacementOrderMade).Journey, Now);
}
