using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Protection;

public static class HoldInitialConferenceEndpoint
{
    public static ProblemDetails Validate(string childId, HoldInitialConference command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record an initial child protection conference; a plan it decides starts the same day.</summary>
    [WolverinePost("/api/children/{childId}/initial-conferences"), Tags("Child protection"), EndpointSummary("Record an initial child protection conference; a plan it decides starts the same day.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, HoldInitialConference command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
