using Journey.Domain.Journeys;

namespace Journey.Domain.Permanence;

/// <summary>
/// Permanence: the steps this capability records, its part of the journey's fold and its clocks (decisions 114, 116). It holds care
/// and permanence plans, adoption, reviews not held and discharged care orders.
/// Each step names its event, its command, the command field an import line's occurredAt fills, and its stage.
/// </summary>
public static class PermanenceCapability
{
    public static readonly JourneyCapability Declaration = new("Permanence",
        [
            new(typeof(CarePlanRecorded), typeof(RecordCarePlan), "recordedAt", "Looked after"),
            new(typeof(PermanencePlanMade), typeof(MakePermanencePlan), "madeAt", "Permanence"),
            new(typeof(AdoptionStepTaken), typeof(TakeAdoptionStep), "takenAt", "Permanence"),
            new(typeof(LookedAfterReviewNotHeld), typeof(RecordLookedAfterReviewNotHeld), "dueAt", "Looked after"),
            new(typeof(CareOrderDischarged), typeof(DischargeCareOrder), "dischargedAt", "Permanence"),
            new(typeof(AdoptionDecisionReversed), typeof(ReverseAdoptionDecision), "reversedAt", "Permanence"),
        ],
        (journey, e) => journey.FoldPermanence(e),
        Clocks: PermanenceClocks.Declaration);
}
