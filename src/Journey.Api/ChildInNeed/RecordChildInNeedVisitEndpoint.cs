using Journey.Api.Recording;
using Journey.Domain.ChildInNeed;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.ChildInNeed;

public static class RecordChildInNeedVisitEndpoint
{
    public static ProblemDetails Validate(string childId, RecordChildInNeedVisit command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record a visit to a child on a child in need plan.</summary>
    [WolverinePost("/api/children/{childId}/child-in-need-plans/visits"), Tags("Child in need"), EndpointSummary("Record a visit to a child on a child in need plan.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, RecordChildInNeedVisit command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
