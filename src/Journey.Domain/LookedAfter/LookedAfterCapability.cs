using Journey.Domain.Journeys;

namespace Journey.Domain.LookedAfter;

/// <summary>
/// Looked after: the steps this capability records, its part of the journey's fold and its clocks (decisions 114, 116). It holds
/// periods of care, legal statuses, placements, reviews, visits and the SSDA903's health and outcome items.
/// Each step names its event, its command, the command field an import line's occurredAt fills, and its stage.
/// </summary>
public static class LookedAfterCapability
{
    public static readonly JourneyCapability Declaration = new("Looked after",
        [
            new(typeof(EnteredCare), typeof(EnterCare), "enteredAt", "Looked after"),
            new(typeof(LegalStatusChanged), typeof(ChangeLegalStatus), "changedAt", "Looked after"),
            new(typeof(PlacementStarted), typeof(StartPlacement), "startedAt", "Looked after"),
            new(typeof(LookedAfterReviewHeld), typeof(HoldLookedAfterReview), "heldAt", "Looked after"),
            new(typeof(LookedAfterVisitMade), typeof(RecordLookedAfterVisit), "visitedAt", "Looked after"),
            new(typeof(HealthAssessmentCompleted), typeof(RecordHealthAssessment), "completedAt", "Looked after"),
            new(typeof(PersonalEducationPlanRecorded), typeof(RecordPersonalEducationPlan), "recordedAt", "Looked after"),
            new(typeof(LeftCare), typeof(LeaveCare), "leftAt", "Looked after"),
            new(typeof(UascStatusCeased), typeof(EndUascStatus), "ceasedAt", "Looked after"),
            new(typeof(StrengthsAndDifficultiesRecorded), typeof(RecordStrengthsAndDifficulties), "completedAt", "Looked after"),
            new(typeof(SubstanceMisuseIdentified), typeof(IdentifySubstanceMisuse), "identifiedAt", "Looked after"),
            new(typeof(YouthJusticeOutcomeRecorded), typeof(RecordYouthJusticeOutcome), "decidedAt", "Looked after"),
        ],
        (journey, e) => journey.FoldLookedAfter(e),
        Clocks: LookedAfterClocks.Declaration);
}
