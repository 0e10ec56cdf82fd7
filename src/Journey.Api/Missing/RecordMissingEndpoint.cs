using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Missing;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Missing;

public static class RecordMissingEndpoint
{
    public static ProblemDetails Validate(string childId, RecordMissing command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record that the child went missing.</summary>
    [WolverinePost("/api/children/{childId}/missing-episodes"), Tags("Missing"), EndpointSummary("Record that the child went missing.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, RecordMissing command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
