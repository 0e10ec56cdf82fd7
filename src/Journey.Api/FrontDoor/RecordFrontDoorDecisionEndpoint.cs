using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.FrontDoor;

public static class RecordFrontDoorDecisionEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, RecordFrontDoorDecision command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record the front-door (MASH) decision on a contact.</summary>
    [WolverinePost("/api/children/{childId}/front-door-decisions"), Tags("Front door"), EndpointSummary("Record the front-door (MASH) decision on a contact.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, RecordFrontDoorDecision command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
