using Journey.Domain.LookedAfter;

namespace Journey.Domain.Journeys;

/// <summary>
/// Looked after children's part of the journey's fold (decision 113): each period of care with its legal statuses and
/// placements (the SSDA903's episodes), and the health, SDQ, substance misuse and youth justice items the SSDA903's
/// OC2 asks (decision 79).
/// </summary>
public sealed partial class ChildJourney
{
    public List<CareEpisodeState> CareEpisodes { get; set; } = [];

    public DateTimeOffset? FirstEnteredCareAt => CareEpisodes.Count == 0 ? null : CareEpisodes.Min(c => c.EnteredAt);
    public DateTimeOffset? LastLeftCareAt => CareEpisodes.Max(c => c.LeftAt);
    public CareEpisodeState? OpenCareEpisode => CareEpisodes.LastOrDefault(c => c.LeftAt is null);
    public bool EverInCare => CareEpisodes.Count > 0;

    /// <summary>Every placement in order, each ended by the next in its period of care or by leaving care.</summary>
    public List<PlacementState> Placements { get; set; } = [];

    /// <summary>Every legal status of every period of care, from when it applied: with the placements, the SSDA903's episodes.</summary>
    public List<LegalStatusState> LegalStatuses { get; set; } = [];

    /// <summary>When the child entered care as an unaccompanied asylum-seeking child (the first such period), if ever.</summary>
    public DateTimeOffset? UascSince => CareEpisodes.FirstOrDefault(c => c.Entry?.Uasc == true)?.EnteredAt;

    /// <summary>When the child's UASC status ceased (SSDA903 DUC), if recorded.</summary>
    public DateTimeOffset? UascStatusCeasedAt { get; set; }

    /// <summary>Health assessments and dental checks, with immunisations and development checks (SSDA903 OC2).</summary>
    public List<HealthAssessmentCompleted> HealthAssessments { get; set; } = [];

    /// <summary>Strengths and Difficulties Questionnaire scores, or why none (SSDA903 OC2 SDQ_SCORE, SDQ_REASON).</summary>
    public List<StrengthsAndDifficultiesRecorded> StrengthsAndDifficulties { get; set; } = [];

    /// <summary>Substance misuse identified and its interventions (SSDA903 OC2).</summary>
    public List<SubstanceMisuseIdentified> SubstanceMisuse { get; set; } = [];

    /// <summary>Convictions and youth cautions (SSDA903 OC2 CONVICTED).</summary>
    public List<YouthJusticeOutcomeRecorded> YouthJusticeOutcomes { get; set; } = [];

    internal void FoldLookedAfter(IJourneyEvent e)
    {
        switch (e)
        {
            case EnteredCare x:
                CareEpisodes.Add(new CareEpisodeState(x.CareEpisodeNumber, x.OccurredAt, x.LegalStatus, null, null, false, x.OccurredAt, x.OccurredAt,
                    Entry: new CareEntryState(x.Planned, x.Uasc, x.CategoryOfNeed, x.HomePostcode, x.PreviousPermanence,
                        x.PreviousPermanenceAuthority, x.PreviousPermanenceDate)));
                LegalStatuses.Add(new LegalStatusState(x.CareEpisodeNumber, x.OccurredAt, x.LegalStatus));
                break;
            case LegalStatusChanged x:
                Replace(CareEpisodes, c => c.Number == x.CareEpisodeNumber, c => Touched(c, x.OccurredAt) with { LegalStatus = x.LegalStatus, LegalStatusSince = x.OccurredAt });
                LegalStatuses.Add(new LegalStatusState(x.CareEpisodeNumber, x.OccurredAt, x.LegalStatus));
                break;
            case PlacementStarted x:
                Replace(CareEpisodes, c => c.Number == x.CareEpisodeNumber, c => c with { LastPlacementStartedAt = x.OccurredAt });
                Replace(Placements, p => p.CareEpisodeNumber == x.CareEpisodeNumber && p.EndedAt is null, p => p with { EndedAt = x.OccurredAt });
                Placements.Add(new PlacementState(x.PlacementNumber, x.CareEpisodeNumber, x.OccurredAt, x.PlacementType, x.Provider, x.OutOfArea,
                    x.ReasonForChange, x.ProviderRegistered, x.PlacementProvider, x.Postcode, x.Urn, x.FosteringForAdoption));
                break;
            case LookedAfterVisitMade x: TouchCare(x.CareEpisodeNumber, x.OccurredAt); break;
            case PersonalEducationPlanRecorded x: TouchCare(x.CareEpisodeNumber, x.OccurredAt); break;
            case LookedAfterReviewHeld x: TouchCare(x.CareEpisodeNumber, x.OccurredAt); break;
            case HealthAssessmentCompleted x:
                Replace(CareEpisodes, c => c.Number == x.CareEpisodeNumber,
                    c => Touched(c, x.OccurredAt) with { InitialHealthAssessmentDone = c.InitialHealthAssessmentDone || x.Kind == HealthAssessmentKind.Initial });
                HealthAssessments.Add(x);
                break;
            case StrengthsAndDifficultiesRecorded x: StrengthsAndDifficulties.Add(x); TouchCare(x.CareEpisodeNumber, x.OccurredAt); break;
            case SubstanceMisuseIdentified x: SubstanceMisuse.Add(x); TouchCare(x.CareEpisodeNumber, x.OccurredAt); break;
            case YouthJusticeOutcomeRecorded x: YouthJusticeOutcomes.Add(x); TouchCare(x.CareEpisodeNumber, x.OccurredAt); break;
            case UascStatusCeased x: UascStatusCeasedAt = x.OccurredAt; break;
            case LeftCare x:
                Replace(CareEpisodes, c => c.Number == x.CareEpisodeNumber, c => c with { LeftAt = x.OccurredAt, ReasonCeased = x.ReasonCeased });
                Replace(Placements, p => p.CareEpisodeNumber == x.CareEpisodeNumber && p.EndedAt is null, p => p with { EndedAt = x.OccurredAt });
                break;
        }
    }

    /// <summary>A step within a period of care: leaving care cannot be dated before it.</summary>
    private void TouchCare(int episode, DateTimeOffset at) => Replace(CareEpisodes, c => c.Number == episode, c => Touched(c, at));

    private static CareEpisodeState Touched(CareEpisodeState c, DateTimeOffset at) => at > c.LastStepAt ? c with { LastStepAt = at } : c;
}

/// <summary>
/// A period of care: its current legal status and since when, its last placement, and the latest
/// other step recorded within it (leaving care cannot be dated before any of them).
/// </summary>
public sealed record CareEpisodeState(int Number, DateTimeOffset EnteredAt, string LegalStatus, DateTimeOffset? LeftAt,
    DateTimeOffset? LastPlacementStartedAt, bool InitialHealthAssessmentDone, DateTimeOffset LegalStatusSince, DateTimeOffset LastStepAt,
    DateTimeOffset? CareOrderDischargedAt = null, CareEntryState? Entry = null, string? ReasonCeased = null);

/// <summary>What the SSDA903 asks of a period of care at its start (decision 79): null items were not recorded.</summary>
public sealed record CareEntryState(bool Planned, bool Uasc, string? CategoryOfNeed, string? HomePostcode, string? PreviousPermanence,
    string? PreviousPermanenceAuthority, DateOnly? PreviousPermanenceDate);

/// <summary>A legal status of a period of care, from <paramref name="Since"/> until the next one or the end of the period.</summary>
public sealed record LegalStatusState(int CareEpisodeNumber, DateTimeOffset Since, string LegalStatus);

/// <summary>
/// A placement as the SSDA903 episode and Annex A list 8 carry it: type, provider code (PR0..PR5), postcode,
/// Ofsted URN, and when it ended (the next placement of the period of care, or leaving care).
/// </summary>
public sealed record PlacementState(int Number, int CareEpisodeNumber, DateTimeOffset StartedAt, string PlacementType, string? Provider, bool OutOfArea,
    string? ReasonForChange, bool? ProviderRegistered, string? PlacementProvider, string? Postcode, string? Urn, bool? FosteringForAdoption,
    DateTimeOffset? EndedAt = null);
