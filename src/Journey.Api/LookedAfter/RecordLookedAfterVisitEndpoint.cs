using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.LookedAfter;

public static class RecordLookedAfterVisitEndpoint
{
    public static ProblemDetails Validate(string childId, RecordLookedAfterVisit command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record a social worker's visit to a looked-after child.</summary>
    [WolverinePost("/api/children/{childId}/care/visits"), Tags("Looked after"), EndpointSummary("Record a social worker's visit to a looked-after child.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, RecordLookedAfterVisit command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
