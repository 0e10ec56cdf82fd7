using Journey.Domain.Children;
using Journey.Domain.EarlyHelp;
using Journey.Domain.FrontDoor;
using Journey.Domain.LookedAfter;
using Journey.Domain.Missing;
using Journey.Domain.Permanence;

namespace Journey.Domain.Journeys;

/// <summary>
/// What the statutory returns read of a child's journey beyond what the rules need (decision 79; docs/events.md
/// "What the statutory returns need"), folded from the same events in the same pass, as they now stand.
/// Each item is the recorded fact itself or a plain state naming the return's items; a fact recorded before an
/// item was asked leaves it null, and the return says it is missing.
/// </summary>
public sealed partial class ChildJourney
{
    /// <summary>The child's details as last recorded (the latest record stands, whole); null until recorded.</summary>
    public ChildDetailsRecorded? Details { get; set; }

    /// <summary>Every allocation in order: the SSDA903's social worker episodes (each ends when the next starts).</summary>
    public List<AllocationState> Allocations { get; set; } = [];

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

    /// <summary>
    /// Each decision that the child should be placed for adoption, with the steps that followed it and its
    /// reversal if reversed (SSDA903 AD1 and placed_for_adoption; Annex A list 10).
    /// </summary>
    public List<AdoptionDecisionState> AdoptionDecisions { get; set; } = [];

    private void FoldForReturns(IJourneyEvent e)
    {
        switch (e)
        {
            case ChildDetailsRecorded x: Details = x; break;
            case CaseAllocated x:
                Allocation = Allocation! with { WorkerRegistration = x.WorkerRegistration, WorkerChangeReason = x.WorkerChangeReason };
                Allocations.Add(Allocation);
                break;
            case EnteredCare x:
                Replace(CareEpisodes, c => c.Number == x.CareEpisodeNumber, c => c with
                {
                    Entry = new CareEntryState(x.Planned, x.Uasc, x.CategoryOfNeed, x.HomePostcode, x.PreviousPermanence,
                        x.PreviousPermanenceAuthority, x.PreviousPermanenceDate),
                });
                LegalStatuses.Add(new LegalStatusState(x.CareEpisodeNumber, x.OccurredAt, x.LegalStatus));
                break;
            case LegalStatusChanged x: LegalStatuses.Add(new LegalStatusState(x.CareEpisodeNumber, x.OccurredAt, x.LegalStatus)); break;
            case PlacementStarted x:
                Replace(Placements, p => p.CareEpisodeNumber == x.CareEpisodeNumber && p.EndedAt is null, p => p with { EndedAt = x.OccurredAt });
                Placements.Add(new PlacementState(x.PlacementNumber, x.CareEpisodeNumber, x.OccurredAt, x.PlacementType, x.Provider, x.OutOfArea,
                    x.ReasonForChange, x.ProviderRegistered, x.PlacementProvider, x.Postcode, x.Urn, x.FosteringForAdoption));
                break;
            case LeftCare x:
                Replace(CareEpisodes, c => c.Number == x.CareEpisodeNumber, c => c with { ReasonCeased = x.ReasonCeased });
                Replace(Placements, p => p.CareEpisodeNumber == x.CareEpisodeNumber && p.EndedAt is null, p => p with { EndedAt = x.OccurredAt });
                break;
            case UascStatusCeased x: UascStatusCeasedAt = x.OccurredAt; break;
            case HealthAssessmentCompleted x: HealthAssessments.Add(x); break;
            case StrengthsAndDifficultiesRecorded x: StrengthsAndDifficulties.Add(x); TouchCare(x.CareEpisodeNumber, x.OccurredAt); break;
            case SubstanceMisuseIdentified x: SubstanceMisuse.Add(x); TouchCare(x.CareEpisodeNumber, x.OccurredAt); break;
            case YouthJusticeOutcomeRecorded x: YouthJusticeOutcomes.Add(x); TouchCare(x.CareEpisodeNumber, x.OccurredAt); break;
            case AdoptionStepTaken x: FoldAdoptionStep(x); break;
            case AdoptionDecisionReversed x:
                Replace(AdoptionDecisions, d => d.ReversedAt is null, d => d with { ReversedAt = x.OccurredAt, ReversalReason = x.Reason });
                // A later decision starts the steps again (each once per decision); the reversed ones stay in AdoptionDecisions.
                AdoptionSteps.Clear();
                TouchCare(x.CareEpisodeNumber, x.OccurredAt);
                break;
            case MissingEpisodeStarted x:
                Replace(MissingEpisodes, m => m.Number == x.MissingNumber, m => m with { MissingOrAway = x.MissingOrAway });
                break;
            case EarlyHelpStarted x: Replace(EarlyHelp, h => h.Number == x.EarlyHelpNumber, h => h with { Organisation = x.Organisation }); break;
            case EarlyHelpPlanAgreed x: Replace(EarlyHelp, h => h.Number == x.EarlyHelpNumber, h => h with { PlanAgreedAt = h.PlanAgreedAt ?? x.OccurredAt }); break;
        }
    }

    private void FoldAdoptionStep(AdoptionStepTaken x)
    {
        if (x.Step == AdoptionStep.DecisionMakerAgreed)
        {
            AdoptionDecisions.Add(new AdoptionDecisionState(x.CareEpisodeNumber, x.OccurredAt));
            return;
        }
        Replace(AdoptionDecisions, d => d.ReversedAt is null, d => x.Step switch
        {
            AdoptionStep.PlacementOrderMade => d with { PlacementOrderAt = x.OccurredAt },
            AdoptionStep.Matched => d with { MatchedAt = x.OccurredAt, Adopters = x.Adopters },
            AdoptionStep.Placed => d with { PlacedAt = x.OccurredAt },
            AdoptionStep.AdoptionOrderMade => d with { AdoptedAt = x.OccurredAt },
            _ => d,
        });
    }
}

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

/// <summary>A decision that the child should be placed for adoption and what followed it.</summary>
public sealed record AdoptionDecisionState(int CareEpisodeNumber, DateTimeOffset DecidedAt, DateTimeOffset? PlacementOrderAt = null,
    DateTimeOffset? MatchedAt = null, Adopters? Adopters = null, DateTimeOffset? PlacedAt = null, DateTimeOffset? AdoptedAt = null,
    DateTimeOffset? ReversedAt = null, string? ReversalReason = null);
