using Journey.Domain.Journeys;

namespace Journey.Domain.Protection;

/// <summary>
/// Protection: the steps this capability records, its part of the journey's fold and its clocks (decisions 114, 116). It holds
/// strategy discussions, section 47 enquiries, conferences, protection plans and their midway reviews. Section47Started is appended with
/// the strategy discussion that starts it, ProtectionPlanStarted with the conference that starts it.
/// Each step names its event, its command, the command field an import line's occurredAt fills, and its stage.
/// </summary>
public static class ProtectionCapability
{
    public static readonly JourneyCapability Declaration = new("Protection",
        [
            new(typeof(StrategyDiscussionHeld), typeof(HoldStrategyDiscussion), "heldAt", "Child protection"),
            new(typeof(Section47ChildSeen), typeof(RecordSection47ChildSeen), "seenAt", "Child protection"),
            new(typeof(Section47Concluded), typeof(ConcludeSection47), "concludedAt", "Child protection"),
            new(typeof(InitialConferenceScheduled), typeof(ScheduleInitialConference), "scheduledAt", "Child protection"),
            new(typeof(InitialConferenceHeld), typeof(HoldInitialConference), "heldAt", "Child protection"),
            new(typeof(ProtectionPlanTransferredIn), typeof(TransferProtectionPlanIn), "transferredAt", "Child protection"),
            new(typeof(ProtectionPlanTransferredOut), typeof(TransferProtectionPlanOut), "transferredAt", "Child protection"),
            new(typeof(ProtectionVisitMade), typeof(RecordProtectionVisit), "visitedAt", "Child protection"),
            new(typeof(CoreGroupHeld), typeof(HoldCoreGroup), "heldAt", "Child protection"),
            new(typeof(ProtectionCategoryChanged), typeof(ChangeProtectionCategory), "changedAt", "Child protection"),
            new(typeof(MidwayReviewHeld), typeof(HoldMidwayReview), "heldAt", "Child protection"),
            new(typeof(ReviewConferenceHeld), typeof(HoldReviewConference), "heldAt", "Child protection"),
            new(typeof(ProtectionPlanEnded), typeof(EndProtectionPlan), "endedAt", "Child protection"),
        ],
        (journey, e) => journey.FoldProtection(e),
        CompanionEvents: [typeof(Section47Started), typeof(ProtectionPlanStarted)],
        Clocks: ProtectionClocks.Declaration);
}
