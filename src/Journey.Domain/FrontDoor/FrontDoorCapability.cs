using Journey.Domain.Journeys;

namespace Journey.Domain.FrontDoor;

/// <summary>
/// Front door: the steps this capability records, its part of the journey's fold and its clocks (decisions 114, 116). It holds
/// contacts, front-door decisions and their challenges, referrals and allocation.
/// Each step names its event, its command, the command field an import line's occurredAt fills, and its stage.
/// </summary>
public static class FrontDoorCapability
{
    public static readonly JourneyCapability Declaration = new("Front door",
        [
            new(typeof(ContactReceived), typeof(RecordContact), "receivedAt", "Front door"),
            new(typeof(FrontDoorDecisionMade), typeof(RecordFrontDoorDecision), "decidedAt", "Front door"),
            new(typeof(ReferralAccepted), typeof(AcceptReferral), "acceptedAt", "Front door"),
            new(typeof(FrontDoorDecisionChallenged), typeof(ChallengeFrontDoorDecision), "challengedAt", "Front door"),
            new(typeof(CaseAllocated), typeof(AllocateCase), "allocatedAt", "Allocation"),
        ],
        (journey, e) => journey.FoldFrontDoor(e),
        Clocks: FrontDoorClocks.Declaration);
}
