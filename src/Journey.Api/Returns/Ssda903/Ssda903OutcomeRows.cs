using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;
using Journey.Domain.Ssda903;
using Journey.Domain.Timescales;

namespace Journey.Api.Returns.Ssda903;

/// <summary>
/// A child's rows of the outcome files: OC2 (looked after continuously for 12 months at 31 March), AD1 (adopted
/// during the year) and placed_for_adoption (each decision that the child should be placed for adoption). An item the
/// journey does not record is left blank and listed as missing (decision 86).
/// </summary>
public static class Ssda903OutcomeRows
{
    private const string Yes = "1";
    private const string No = "0";

    /// <summary>
    /// oc2.csv: a child looked after continuously for at least 12 months at 31 March (Ssda903Episodes.ContinuouslyLookedAfter).
    /// TEETH_CHECK is 1 when a dental check is recorded in the 12 months to 31 March and HEALTH_ASSESSMENT 1 when an
    /// initial or review health assessment is, else 0. The SDQ (asked of children 4 or over at the start of the year
    /// and under 17 at its end, rule 186), convictions (10 or over at 31 March, rule 543), development checks (under 5,
    /// rule 545), immunisations and substance misuse are not recorded yet; the interventions follow substance misuse.
    /// </summary>
    public static void Oc2(Ssda903Child child, Ssda903Tables tables, Ssda903Gaps gaps)
    {
        var year = child.Year;
        if (!Ssda903Episodes.ContinuouslyLookedAfter(child.Episodes, year.Start, year.End)) return;
        var file = Ssda903Files.Oc2;
        var assessments = child.InYear<HealthAssessmentCompleted>().ToArray();
        var teeth = assessments.Any(a => a.Kind == HealthAssessmentKind.DentalCheck) ? Yes : No;
        var health = assessments.Any(a => a.Kind is HealthAssessmentKind.Initial or HealthAssessmentKind.Review) ? Yes : No;
        if (child.AgeOn(year.Start) >= 4 && child.AgeOn(year.End) < 17)
            gaps.Add(child.Id, file, "SDQ_SCORE", "The journey does not record the strengths and difficulties questionnaire score, or why there is none (SDQ_REASON).");
        if (child.AgeOn(year.End) >= 10)
            gaps.Add(child.Id, file, "CONVICTED", "The journey does not record whether the child was convicted or given a youth caution during the year.");
        if (child.AgeOn(year.End) < 5)
            gaps.Add(child.Id, file, "HEALTH_CHECK", "The journey does not record whether the child's development checks are up to date.");
        gaps.Add(child.Id, file, "IMMUNISATIONS", "The journey does not record whether the child's immunisations are up to date.");
        gaps.Add(child.Id, file, "SUBSTANCE_MISUSE", "The journey does not record whether a substance misuse problem was identified (nor the interventions that follow it).");
        tables.Add(file, child.Id, child.Dob, "", "", "", "", "", teeth, health, "", "", "");
    }

    /// <summary>
    /// ad1.csv: a child whose period of care ended in adoption during the year (REC E11 or E12, rules 601 and 602):
    /// the date of the decision that the child should be placed for adoption (DATE_INT, the agency decision maker's),
    /// the date of the match, and whether the adopters were the child's foster carers (FOSTER_CARE 1 when placed for
    /// adoption with current foster carers, A3 or A5; 0 when not, A4 or A6: rule 335). The adopters are not recorded yet.
    /// </summary>
    public static void Ad1(Ssda903Child child, Ssda903Tables tables, Ssda903Gaps gaps)
    {
        if (child.Episodes.LastOrDefault(e => e.EndsThePeriodOfCare && Ssda903Codes.IsAdopted(e.ReasonEnded)) is not { End: { } adopted } adoption) return;
        var file = Ssda903Files.Ad1;
        var decided = Step(child, AdoptionStep.DecisionMakerAgreed, adopted);
        var matched = Step(child, AdoptionStep.Matched, adopted);
        var fosterCare = adoption.PlacementType is { } place && Ssda903Codes.IsPlacedForAdoption(place)
            ? Ssda903Codes.IsWithCurrentFosterCarers(place) ? Yes : No
            : "";
        if (decided is null) gaps.Add(child.Id, file, "DATE_INT", "No agency decision that the child should be placed for adoption is recorded.");
        if (matched is null) gaps.Add(child.Id, file, "DATE_MATCH", "No match of the child with adopters is recorded.");
        if (fosterCare.Length == 0) gaps.Add(child.Id, file, "FOSTER_CARE", "The child was not placed for adoption (A3 to A6) before the adoption.");
        gaps.Add(child.Id, file, "NB_ADOPTR", "The journey does not record the adopters: their number, sex (SEX_ADOPTR) and legal status (LS_ADOPTR).");
        tables.Add(file, child.Id, child.Dob, Ssda903Files.Date(decided), Ssda903Files.Date(matched), fosterCare, "", "", "");
    }

    /// <summary>
    /// placed_for_adoption.csv: each decision that a child looked after during the year should be placed for adoption
    /// (the agency decision maker's), made by the year's end in a period of care the year holds. A child placed for
    /// adoption or under a placement order with no decision recorded lacks one (rules 551, 553); a child who left care
    /// not adopted lacks the decision's reversal (rule 557), which the journey does not record yet.
    /// </summary>
    public static void PlacedForAdoption(Ssda903Child child, Ssda903Tables tables, Ssda903Gaps gaps)
    {
        var file = Ssda903Files.PlacedForAdoption;
        var periods = child.Episodes.Select(e => e.PeriodOfCare).ToHashSet();
        var decisions = child.Facts.OfType<AdoptionStepTaken>()
            .Where(s => s.Step == AdoptionStep.DecisionMakerAgreed && periods.Contains(s.CareEpisodeNumber) && UkTime.DateOf(s.OccurredAt) <= child.Year.End)
            .OrderBy(s => s.OccurredAt)
            .ToArray();
        if (decisions.Length == 0 && child.Episodes.Any(e => Ssda903Codes.IsPlacedForAdoption(e.PlacementType) || Ssda903Codes.IsPlacementOrder(e.LegalStatus)))
            gaps.Add(child.Id, file, "DATE_PLACED", "The child was placed for adoption or under a placement order, but no decision that they should be placed for adoption is recorded.");
        foreach (var decision in decisions)
        {
            if (child.Episodes.Any(e => e.PeriodOfCare == decision.CareEpisodeNumber && e.EndsThePeriodOfCare && !Ssda903Codes.IsAdopted(e.ReasonEnded)))
                gaps.Add(child.Id, file, "DATE_PLACED_CEASED",
                    "The child left care not adopted; the journey does not record that the decision to place for adoption was reversed, nor why (REASON_PLACED_CEASED).");
            tables.Add(file, child.Id, child.Dob, Ssda903Files.Date(UkTime.DateOf(decision.OccurredAt)), "", "");
        }
    }

    /// <summary>The day of the latest adoption step of this kind on or before <paramref name="by"/>.</summary>
    private static DateOnly? Step(Ssda903Child child, AdoptionStep step, DateOnly by) =>
        child.Facts.OfType<AdoptionStepTaken>().Where(s => s.Step == step).Select(s => UkTime.DateOf(s.OccurredAt)).Where(d => d <= by)
            .Select(d => (DateOnly?)d).Max();
}
