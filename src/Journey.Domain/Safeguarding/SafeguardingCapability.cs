using Journey.Domain.Journeys;

namespace Journey.Domain.Safeguarding;

/// <summary>
/// Safeguarding: the steps this capability records and its part of the journey's fold (decision 114). It holds
/// exploitation risks, private fostering, homeless 16 and 17 year olds and disabled children's transition to adult
/// services, a file each; the journey keeps nothing of them for the rules. The midway review is Protection's and the
/// leaving care needs assessment Leaving care's (decision 125).
/// Each step names its event, its command, the command field an import line's occurredAt fills, and its stage.
/// </summary>
public static class SafeguardingCapability
{
    public static readonly JourneyCapability Declaration = new("Safeguarding",
        [
            new(typeof(ExploitationRiskIdentified), typeof(IdentifyExploitationRisk), "identifiedAt", "Safeguarding"),
            new(typeof(PrivateFosteringNotified), typeof(NotifyPrivateFostering), "notifiedAt", "Safeguarding"),
            new(typeof(HomelessPresentationMade), typeof(RecordHomelessPresentation), "presentedAt", "Safeguarding"),
            new(typeof(TransitionPlanAgreed), typeof(AgreeTransitionPlan), "agreedAt", "Safeguarding"),
        ]);
}
