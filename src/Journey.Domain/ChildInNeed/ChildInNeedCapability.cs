using Journey.Domain.Journeys;

namespace Journey.Domain.ChildInNeed;

/// <summary>
/// Child in need: the steps this capability records and its part of the journey's fold (decision 114). It holds
/// child in need plans, their visits and reviews.
/// Each step names its event, its command, the command field an import line's occurredAt fills, and its stage.
/// </summary>
public static class ChildInNeedCapability
{
    public static readonly JourneyCapability Declaration = new("Child in need",
        [
            new(typeof(ChildInNeedPlanStarted), typeof(StartChildInNeedPlan), "startedAt", "Child in need"),
            new(typeof(ChildInNeedVisitMade), typeof(RecordChildInNeedVisit), "visitedAt", "Child in need"),
            new(typeof(ChildInNeedPlanReviewed), typeof(ReviewChildInNeedPlan), "reviewedAt", "Child in need"),
            new(typeof(ChildInNeedPlanEnded), typeof(EndChildInNeedPlan), "endedAt", "Child in need"),
        ],
        (journey, e) => journey.FoldChildInNeed(e));
}
