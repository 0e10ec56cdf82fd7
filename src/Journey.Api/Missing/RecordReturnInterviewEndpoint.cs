using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Missing;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Missing;

public static class RecordReturnInterviewEndpoint
{
    public static ProblemDetails Validate(string childId, RecordReturnInterview command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record the return home interview: offered, accepted, declined or completed.</summary>
    [WolverinePost("/api/children/{childId}/missing-episodes/return-interviews"), Tags("Missing"), EndpointSummary("Record the return home interview: offered, accepted, declined or completed.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, RecordReturnInterview command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
