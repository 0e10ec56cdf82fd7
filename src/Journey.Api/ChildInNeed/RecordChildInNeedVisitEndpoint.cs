using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.ChildInNeed;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.ChildInNeed;

public static class RecordChildInNeedVisitEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, RecordChildInNeedVisit command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record a visit to a child on a child in need plan.</summary>
    [WolverinePost("/api/children/{childId}/child-in-need-plans/visits"), Tags("Child in need"), EndpointSummary("Record a visit to a child on a child in need plan.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, RecordChildInNeedVisit command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
