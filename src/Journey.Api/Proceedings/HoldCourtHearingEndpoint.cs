using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Proceedings;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Proceedings;

public static class HoldCourtHearingEndpoint
{
    public static ProblemDetails Validate(string childId, HoldCourtHearing command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record a court hearing.</summary>
    [WolverinePost("/api/children/{childId}/care-proceedings/hearings"), Tags("Care proceedings"), EndpointSummary("Record a court hearing.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, HoldCourtHearing command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
