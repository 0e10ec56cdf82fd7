using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Reference;

namespace Journey.Domain.Permanence;

/// <summary>
/// Who is adopting the child, as the SSDA903's AD1 table asks and the match establishes: whether they are the
/// child's foster carers (FOSTER_CARE), how many (NB_ADOPTR, 1 or 2), their sexes (SEX_ADOPTR) and their
/// legal status as a couple or single (LS_ADOPTR).
/// </summary>
public sealed record Adopters(bool? FosterCarers, int? Number, string? Sexes, string? LegalStatus)
{
    private static readonly string[] Single = ["M1", "F1"];

    /// <summary>
    /// Each item as its list has it (SSDA903 rules 114, 175 to 177), and the three told consistently, as rules
    /// 511 and 514 (one adopter or two), 517 to 520 and 524 (a couple's legal status and sexes) hold them.
    /// </summary>
    internal void Check(Checks checks)
    {
        checks.Required(FosterCarers, "adopters.fosterCarers").Required(Number, "adopters.number")
            .Require(Number is null or 1 or 2, "adopters.number", "number-of-adopters", "adopters.number is 1 or 2.")
            .Code(CodeLists.AdopterSex, Sexes, "adopters.sexes")
            .Code(CodeLists.AdopterLegalStatus, LegalStatus, "adopters.legalStatus");
        if (Sexes is null || LegalStatus is null || Number is not (1 or 2)) return;
        var single = Single.Contains(Sexes);
        var sexesFit = LegalStatus switch
        {
            "L0" => single,
            "L11" or "L3" => Sexes == "MF",
            "L12" or "L4" => Sexes is "MM" or "FF",
            _ => !single, // L2, a civil partnership: any couple (rule 519)
        };
        checks.Require(single == (Number == 1) && sexesFit, "adopters", "adopters-consistent",
            $"adopters: {Number} adopter(s) of sexes {Sexes} do not fit legal status {LegalStatus} (SSDA903 rules 511, 514, 517 to 520, 524).");
    }
}

/// <summary>
/// The decision that the child should be placed for adoption was reversed: the child should no longer be
/// placed for adoption (SSDA903 placed_for_adoption DATE_PLACED_CEASED and REASON_PLACED_CEASED RD1..RD4;
/// Annex A list 10). The adoption steps taken so far stand in the record; a later decision starts again.
/// </summary>
public sealed record AdoptionDecisionReversed(int CareEpisodeNumber, DateTimeOffset OccurredAt, string Reason) : IJourneyEvent;

public sealed record ReverseAdoptionDecision(DateTimeOffset? ReversedAt, string? Reason, long? ExpectedVersion = null) : IJourneyCommand
{
    public Decision Decide(ChildJourney journey, DateTimeOffset now)
    {
        var checks = new Checks().NotInFuture(ReversedAt, now, "reversedAt").Code(CodeLists.ReasonPlacedCeased, Reason, "reason")
            .Require(journey.AdoptionSteps.ContainsKey(AdoptionStep.DecisionMakerAgreed), "reversedAt", "needs-adoption-decision",
                "There is no decision that the child should be placed for adoption to reverse.")
            .Require(!journey.AdoptionSteps.ContainsKey(AdoptionStep.AdoptionOrderMade), "reversedAt", "not-after-the-adoption-order",
                "The child is adopted; the decision can no longer be reversed.");
        var episode = CareChecks.InCare(journey, ReversedAt, "reversedAt", checks, "reversal of the adoption decision");
        if (journey.AdoptionSteps.Count > 0)
            checks.NotBefore(ReversedAt, journey.AdoptionSteps.Values.Max(), "reversedAt", "after-the-last-adoption-step", "the last adoption step was taken");
        return checks.Or(() => Decision.Accept(new AdoptionDecisionReversed(episode!.Number, ReversedAt!.Value, Reason!)));
    }
}
