using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.FrontDoor;

public static class AllocateCaseEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, AllocateCase command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Allocate the child's case to a team and worker.</summary>
    [WolverinePost("/api/children/{childId}/allocations"), Tags("Front door"), EndpointSummary("Allocate the child's case to a team and worker.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, AllocateCase command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
