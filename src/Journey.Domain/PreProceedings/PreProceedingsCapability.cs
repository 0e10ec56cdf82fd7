using Journey.Domain.Journeys;

namespace Journey.Domain.PreProceedings;

/// <summary>
/// Pre-proceedings: the steps this capability records, its part of the journey's fold and its clocks (decisions 114, 116). It holds
/// the Public Law Outline's pre-proceedings.
/// Each step names its event, its command, the command field an import line's occurredAt fills, and its stage.
/// </summary>
public static class PreProceedingsCapability
{
    public static readonly JourneyCapability Declaration = new("Pre-proceedings",
        [
            new(typeof(PreProceedingsEntered), typeof(EnterPreProceedings), "decidedAt", "Pre-proceedings"),
            new(typeof(LetterBeforeProceedingsSent), typeof(SendLetterBeforeProceedings), "sentAt", "Pre-proceedings"),
            new(typeof(FamilyGroupConferenceOffered), typeof(OfferFamilyGroupConference), "offeredAt", "Pre-proceedings"),
            new(typeof(FamilyGroupConferenceHeld), typeof(HoldFamilyGroupConference), "heldAt", "Pre-proceedings"),
            new(typeof(PreProceedingsMeetingHeld), typeof(HoldPreProceedingsMeeting), "heldAt", "Pre-proceedings"),
            new(typeof(PreProceedingsAssessmentCommissioned), typeof(CommissionPreProceedingsAssessment), "commissionedAt", "Pre-proceedings"),
            new(typeof(PreProceedingsEscalated), typeof(EscalatePreProceedings), "escalatedAt", "Pre-proceedings"),
            new(typeof(PreProceedingsConcluded), typeof(ConcludePreProceedings), "concludedAt", "Pre-proceedings"),
        ],
        (journey, e) => journey.FoldPreProceedings(e),
        Clocks: PreProceedingsClocks.Declaration);
}
