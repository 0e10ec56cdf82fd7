using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.LeavingCare;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.LeavingCare;

public static class AllocatePersonalAdviserEndpoint
{
    public static ProblemDetails Validate(string childId, AllocatePersonalAdviser command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Allocate a personal adviser.</summary>
    [WolverinePost("/api/children/{childId}/leaving-care/personal-advisers"), Tags("Leaving care"), EndpointSummary("Allocate a personal adviser.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, AllocatePersonalAdviser command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
