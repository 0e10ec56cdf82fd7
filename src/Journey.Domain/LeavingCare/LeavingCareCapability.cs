using Journey.Domain.Journeys;

namespace Journey.Domain.LeavingCare;

/// <summary>
/// Leaving care: the steps this capability records, its part of the journey's fold and its clocks (decisions 114, 116). It holds
/// needs assessments, personal advisers, pathway plans and contact with care leavers.
/// Each step names its event, its command, the command field an import line's occurredAt fills, and its stage.
/// </summary>
public static class LeavingCareCapability
{
    public static readonly JourneyCapability Declaration = new("Leaving care",
        [
            new(typeof(LeavingCareNeedsAssessed), typeof(AssessLeavingCareNeeds), "assessedAt", "Leaving care"),
            new(typeof(PersonalAdviserAllocated), typeof(AllocatePersonalAdviser), "allocatedAt", "Leaving care"),
            new(typeof(PathwayPlanRecorded), typeof(RecordPathwayPlan), "recordedAt", "Leaving care"),
            new(typeof(CareLeaverContactMade), typeof(RecordCareLeaverContact), "contactedAt", "Leaving care"),
        ],
        (journey, e) => journey.FoldLeavingCare(e),
        Clocks: LeavingCareClocks.Declaration);
}
