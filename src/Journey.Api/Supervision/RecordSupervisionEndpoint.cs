using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Supervision;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Supervision;

public static class RecordSupervisionEndpoint
{
    public static ProblemDetails Validate(string childId, RecordSupervision command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record case supervision of the allocated worker.</summary>
    [WolverinePost("/api/children/{childId}/supervisions"), Tags("Allocation"), EndpointSummary("Record case supervision of the allocated worker.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, RecordSupervision command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
