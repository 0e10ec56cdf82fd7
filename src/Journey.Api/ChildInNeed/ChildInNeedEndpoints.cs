using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.ChildInNeed;
using Journey.Domain.Journeys;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.ChildInNeed;

/// <summary>
/// Every step of this capability recorded through the API, one method per route, each with its access rule beside it.
/// Wolverine loads the child's journey for writing, <see cref="JourneyRecording.Validate"/> (applied to every journey
/// command's chain by <see cref="JourneyRecordingPolicy"/>) decides the command once, and the accepted decision reaches
/// the endpoint method as its argument, which appends it (decisions 110, 124).
/// </summary>
public static class ChildInNeedEndpoints
{
    /// <summary>Record the end of the child in need plan.</summary>
    [WolverinePost("/api/children/{childId}/child-in-need-plans/ended"), Tags("Child in need"), EndpointSummary("Record the end of the child in need plan.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) EndChildInNeedPlan(string childId, EndChildInNeedPlan command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record a visit to a child on a child in need plan.</summary>
    [WolverinePost("/api/children/{childId}/child-in-need-plans/visits"), Tags("Child in need"), EndpointSummary("Record a visit to a child on a child in need plan.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) RecordChildInNeedVisit(string childId, RecordChildInNeedVisit command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record a review of the child in need plan.</summary>
    [WolverinePost("/api/children/{childId}/child-in-need-plans/reviews"), Tags("Child in need"), EndpointSummary("Record a review of the child in need plan.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) ReviewChildInNeedPlan(string childId, ReviewChildInNeedPlan command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Start a child in need plan; it cannot overlap a protection plan.</summary>
    [WolverinePost("/api/children/{childId}/child-in-need-plans"), Tags("Child in need"), EndpointSummary("Start a child in need plan; it cannot overlap a protection plan.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) StartChildInNeedPlan(string childId, StartChildInNeedPlan command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
