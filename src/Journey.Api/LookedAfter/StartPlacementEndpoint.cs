using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.LookedAfter;

public static class StartPlacementEndpoint
{
    public static ProblemDetails Validate(string childId, StartPlacement command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record a placement; a later one ends the previous and gives the reason for the change.</summary>
    [WolverinePost("/api/children/{childId}/care/placements"), Tags("Looked after"), EndpointSummary("Record a placement; a later one ends the previous and gives the reason for the change.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, StartPlacement command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
