using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.FrontDoor;

public static class ChallengeFrontDoorDecisionEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, ChallengeFrontDoorDecision command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record a challenge to a front-door decision, upheld or overturned.</summary>
    [WolverinePost("/api/children/{childId}/front-door-decisions/challenges"), Tags("Front door"), EndpointSummary("Record a challenge to a front-door decision, upheld or overturned.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, ChallengeFrontDoorDecision command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
