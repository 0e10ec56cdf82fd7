using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.PreProceedings;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.PreProceedings;

public static class HoldPreProceedingsMeetingEndpoint
{
    public static ProblemDetails Validate(string childId, HoldPreProceedingsMeeting command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record the initial or a review pre-proceedings meeting.</summary>
    [WolverinePost("/api/children/{childId}/pre-proceedings/meetings"), Tags("Pre-proceedings"), EndpointSummary("Record the initial or a review pre-proceedings meeting.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, HoldPreProceedingsMeeting command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
