using Journey.Domain.Journeys;

namespace Journey.Domain.Children;

/// <summary>
/// The child's details (date of birth, or expected date while unborn, and what the returns ask): the steps this
/// capability records and its part of the journey's fold (decision 114).
/// Each step names its event, its command, the command field an import line's occurredAt fills, and its stage.
/// </summary>
public static class ChildrenCapability
{
    public static readonly JourneyCapability Declaration = new("Child",
        [
            new(typeof(ChildDetailsRecorded), typeof(RecordChildDetails), "recordedAt", "Child"),
        ],
        (journey, e) => journey.FoldChildren(e));
}
