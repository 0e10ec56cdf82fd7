using Journey.Domain.Assessments;
using Journey.Domain.ChildInNeed;
using Journey.Domain.Children;
using Journey.Domain.Closure;
using Journey.Domain.Corrections;
using Journey.Domain.EarlyHelp;
using Journey.Domain.Families;
using Journey.Domain.FrontDoor;
using Journey.Domain.LeavingCare;
using Journey.Domain.LookedAfter;
using Journey.Domain.Missing;
using Journey.Domain.Permanence;
using Journey.Domain.PreProceedings;
using Journey.Domain.Proceedings;
using Journey.Domain.Protection;
using Journey.Domain.Safeguarding;
using Journey.Domain.Supervision;

namespace Journey.Domain.Journeys;

/// <summary>
/// Every capability of the journey, each declared in its own folder (decision 114). The steps, the event types
/// and the fold are assembled from this list: a new capability is one line here and a folder of its own.
/// </summary>
public static class JourneyCapabilities
{
    public static readonly IReadOnlyList<JourneyCapability> All =
    [
        FrontDoorCapability.Declaration,
        SupervisionCapability.Declaration,
        AssessmentCapability.Declaration,
        ProtectionCapability.Declaration,
        ChildInNeedCapability.Declaration,
        RecordsCapability.Declaration,
        ClosureCapability.Declaration,
        FamiliesCapability.Declaration,
        EarlyHelpCapability.Declaration,
        PreProceedingsCapability.Declaration,
        ProceedingsCapability.Declaration,
        LookedAfterCapability.Declaration,
        PermanenceCapability.Declaration,
        LeavingCareCapability.Declaration,
        SafeguardingCapability.Declaration,
        MissingCapability.Declaration,
        ChildrenCapability.Declaration,
    ];
}
