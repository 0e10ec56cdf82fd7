using Journey.Api.Hosting;
using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;
using Journey.Domain.Ssda903;
using Journey.Domain.Timescales;

namespace Journey.Api.Returns.Ssda903;

/// <summary>
/// A child's rows of the outcome files: OC2 (looked after continuously for 12 months at 31 March), AD1 (adopted
/// during the year) and placed_for_adoption (each decision that the child should be placed for adoption). An item the
/// journey does not record is left blank and listed as missing (decision 87).
/// </summary>
public static class Ssda903OutcomeRows
{
    private const string Yes = "1";
    private const string No = "0";

    /// <summary>
    /// oc2.csv: a child looked after continuously for at least 12 months at 31 March (Ssda903Episodes.ContinuouslyLookedAfter).
    /// TEETH_CHECK is 1 when a dental check is recorded in the 12 months to 31 March and HEALTH_ASSESSMENT 1 when an
    /// initial or review health assessment is, else 0. The SDQ (asked of children 4 or over at the start of the year
    /// and under 17 at its end, rule 186, and of one who turns 4 or 17 during it, rule 197B): the year's last score, or the
    /// reason there is none. CONVICTED (asked of those
    /// 10 or over at 31 March, rule 543): 1 when a conviction or youth caution is recorded in the year, else 0.
    /// HEALTH_CHECK (development checks, under 5, rule 545) and IMMUNISATIONS: as the latest assessment by 31 March that
    /// says records them. SUBSTANCE_MISUSE: 1 when a problem was identified in the year, with its interventions
    /// (INTERVENTION_OFFERED only when none was received, rules 158 and 159), else 0 and no interventions.
    /// </summary>
    public static void Oc2(Ssda903Child child, Ssda903Tables tables, Ssda903Gaps gaps)
    {
        var year = child.Year;
        if (!Ssda903Episodes.ContinuouslyLookedAfter(child.Episodes, year.Start, year.End)) return;
        var file = Ssda903Files.Oc2;
        var assessments = child.InYear<HealthAssessmentCompleted>().ToArray();
        var teeth = assessments.Any(a => a.Kind == HealthAssessmentKind.DentalCheck) ? Yes : No;
        var health = assessments.Any(a => a.Kind is HealthAssessmentKind.Initial or HealthAssessmentKind.Review) ? Yes : No;
        var byYearEnd = child.Facts.OfType<HealthAssessmentCompleted>().Where(a => UkTime.DateOf(a.OccurredAt) <= year.End).ToArray();
        // Asked of a child 4 to 16 all year (rule 186) and of one who turns 4 or 17 during it (rule 197B).
        var sdqAsked = child.DateOfBirth is { } born && born.AddYears(4) <= year.End && born.AddYears(17) >= year.Start;
        var sdq = sdqAsked ? child.InYear<StrengthsAndDifficultiesRecorded>().LastOrDefault() : null;
        if (sdqAsked && sdq is null)
            gaps.Add(child.Id, file, "SDQ_SCORE", "No strengths and difficulties questionnaire, nor why there is none (SDQ_REASON), is recorded in the year.");
        bool? convicted = child.AgeOn(year.End) >= 10 ? child.InYear<YouthJusticeOutcomeRecorded>().Any() : null;
        bool? developmentChecks = null;
        if (child.AgeOn(year.End) < 5)
        {
            developmentChecks = byYearEnd.LastOrDefault(a => a.DevelopmentChecksUpToDate is not null)?.DevelopmentChecksUpToDate;
            if (developmentChecks is null)
                gaps.Add(child.Id, file, "HEALTH_CHECK", "No health assessment by 31 March records whether the child's development checks are up to date.");
        }
        var immunisations = byYearEnd.LastOrDefault(a => a.ImmunisationsUpToDate is not null)?.ImmunisationsUpToDate;
        if (immunisations is null)
            gaps.Add(child.Id, file, "IMMUNISATIONS", "No health assessment by 31 March records whether the child's immunisations are up to date.");
        var misuse = child.InYear<SubstanceMisuseIdentified>().LastOrDefault();
        tables.Add(file, child.Id, child.Dob, CsvText.Number(sdq?.Score), sdq?.ReasonNoScore, Ssda903CareRows.Flag(convicted),
            Ssda903CareRows.Flag(developmentChecks), Ssda903CareRows.Flag(immunisations), teeth, health, Ssda903CareRows.Flag(misuse is not null),
            Ssda903CareRows.Flag(misuse?.InterventionReceived), Ssda903CareRows.Flag(misuse?.InterventionReceived == false ? misuse.InterventionOffered : null));
    }

    /// <summary>
    /// ad1.csv: a child whose period of care ended in adoption during the year (REC E11 or E12, rules 601 and 602):
    /// the date of the decision that the child should be placed for adoption (DATE_INT, the agency decision maker's),
    /// the date of the match, and whether the adopters were the child's foster carers (FOSTER_CARE 1 when placed for
    /// adoption with current foster carers, A3 or A5; 0 when not, A4 or A6: rule 335; else as the match recorded the
    /// adopters), and the adopters as the match recorded them: how many, their sexes and their legal status.
    /// </summary>
    public static void Ad1(Ssda903Child child, Ssda903Tables tables, Ssda903Gaps gaps)
    {
        if (child.Episodes.LastOrDefault(e => e.EndsThePeriodOfCare && Ssda903Codes.IsAdopted(e.ReasonEnded)) is not { End: { } adopted } adoption) return;
        var file = Ssda903Files.Ad1;
        var decided = Step(child, AdoptionStep.DecisionMakerAgreed, adopted);
        var matched = Step(child, AdoptionStep.Matched, adopted);
        var adopters = child.Facts.OfType<AdoptionStepTaken>()
            .LastOrDefault(s => s.Step == AdoptionStep.Matched && s.Adopters is not null && UkTime.DateOf(s.OccurredAt) <= adopted)?.Adopters;
        var fosterCare = adoption.PlacementType is { } place && Ssda903Codes.IsPlacedForAdoption(place)
            ? Ssda903Codes.IsWithCurrentFosterCarers(place) ? Yes : No
            : Ssda903CareRows.Flag(adopters?.FosterCarers).Value;
        if (decided is null) gaps.Add(child.Id, file, "DATE_INT", "No agency decision that the child should be placed for adoption is recorded.");
        if (matched is null) gaps.Add(child.Id, file, "DATE_MATCH", "No match of the child with adopters is recorded.");
        if (fosterCare.Length == 0) gaps.Add(child.Id, file, "FOSTER_CARE", "The child was not placed for adoption (A3 to A6), and the match records no adopters.");
        if (adopters?.Number is null) gaps.Add(child.Id, file, "NB_ADOPTR", "The match records no adopters: their number, sex (SEX_ADOPTR) and legal status (LS_ADOPTR).");
        tables.Add(file, child.Id, child.Dob, Ssda903Files.Date(decided), Ssda903Files.Date(matched), fosterCare,
            CsvText.Number(adopters?.Number), adopters?.Sexes, adopters?.LegalStatus);
    }

    /// <summary>
    /// placed_for_adoption.csv: each decision that a child looked after during the year should be placed for adoption
    /// (the agency decision maker's), made by the year's end in a period of care the year holds. A child placed for
    /// adoption or under a placement order with no decision recorded lacks one (rules 551, 553). A decision reversed
    /// by the year's end (before any later decision) has the day and reason of its reversal (DATE_PLACED_CEASED,
    /// REASON_PLACED_CEASED, RD1 to RD4); a child who left care not adopted with no reversal recorded lacks it (rule 557).
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
        var reversals = child.Facts.OfType<AdoptionDecisionReversed>().Where(r => UkTime.DateOf(r.OccurredAt) <= child.Year.End).ToArray();
        for (var i = 0; i < decisions.Length; i++)
        {
            var decision = decisions[i];
            var next = i + 1 < decisions.Length ? decisions[i + 1].OccurredAt : DateTimeOffset.MaxValue;
            var reversed = reversals.FirstOrDefault(r => r.CareEpisodeNumber == decision.CareEpisodeNumber && r.OccurredAt >= decision.OccurredAt && r.OccurredAt < next);
            if (reversed is null && child.Episodes.Any(e => e.PeriodOfCare == decision.CareEpisodeNumber && e.EndsThePeriodOfCare && !Ssda903Codes.IsAdopted(e.ReasonEnded)))
                gaps.Add(child.Id, file, "DATE_PLACED_CEASED",
                    "The child left care not adopted, and no reversal of the decision to place for adoption (nor its reason, REASON_PLACED_CEASED) is recorded.");
            tables.Add(file, child.Id, child.Dob, Ssda903Files.Date(UkTime.DateOf(decision.OccurredAt)),
                Ssda903Files.Date(reversed is null ? null : UkTime.DateOf(reversed.OccurredAt)), reversed?.Reason);
        }
    }

    /// <summary>The day of the latest adoption step of this kind on or before <paramref name="by"/>.</summary>
    private static DateOnly? Step(Ssda903Child child, AdoptionStep step, DateOnly by) =>
        child.Facts.OfType<AdoptionStepTaken>().Where(s => s.Step == step).Select(s => UkTime.DateOf(s.OccurredAt)).Where(d => d <= by)
            .Select(d => (DateOnly?)d).Max();
}
