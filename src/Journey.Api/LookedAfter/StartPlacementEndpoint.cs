using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.LookedAfter;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.LookedAfter;

public static class StartPlacementEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, StartPlacement command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record a placement; a later one ends the previous and gives the reason for the change.</summary>
    [WolverinePost("/api/children/{childId}/care/placements"), Tags("Looked after"), EndpointSummary("Record a placement; a later one ends the previous and gives the reason for the change.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, StartPlacement command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
