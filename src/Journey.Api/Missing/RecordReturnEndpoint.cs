using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Missing;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Missing;

public static class RecordReturnEndpoint
{
    public static ProblemDetails Validate(string childId, RecordReturn command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record the child's return; the return interview is due within 72 hours.</summary>
    [WolverinePost("/api/children/{childId}/missing-episodes/returns"), Tags("Missing"), EndpointSummary("Record the child's return; the return interview is due within 72 hours.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, RecordReturn command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
