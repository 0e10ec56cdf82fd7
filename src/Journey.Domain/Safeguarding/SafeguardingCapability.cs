using Journey.Domain.Journeys;

namespace Journey.Domain.Safeguarding;

/// <summary>
/// Safeguarding: the steps this capability records and its part of the journey's fold (decision 114). It holds
/// other safeguarding steps (exploitation, private fostering, homelessness, transition, midway reviews, leaving
/// care needs); the journey keeps nothing of them for the rules.
/// Each step names its event, its command, the command field an import line's occurredAt fills, and its stage.
/// </summary>
public static class SafeguardingCapability
{
    public static readonly JourneyCapability Declaration = new("Safeguarding",
        [
            new(typeof(MidwayReviewHeld), typeof(HoldMidwayReview), "heldAt", "Child protection"),
            new(typeof(LeavingCareNeedsAssessed), typeof(AssessLeavingCareNeeds), "assessedAt", "Leaving care"),
            new(typeof(ExploitationRiskIdentified), typeof(IdentifyExploitationRisk), "identifiedAt", "Safeguarding"),
            new(typeof(PrivateFosteringNotified), typeof(NotifyPrivateFostering), "notifiedAt", "Safeguarding"),
            new(typeof(HomelessPresentationMade), typeof(RecordHomelessPresentation), "presentedAt", "Safeguarding"),
            new(typeof(TransitionPlanAgreed), typeof(AgreeTransitionPlan), "agreedAt", "Safeguarding"),
        ]);
}
