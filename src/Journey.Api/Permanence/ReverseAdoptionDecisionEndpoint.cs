using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Permanence;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Permanence;

public static class ReverseAdoptionDecisionEndpoint
{
    public static ProblemDetails Validate(string childId, ReverseAdoptionDecision command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record that the child should no longer be placed for adoption, and why (SSDA903 RD1 to RD4).</summary>
    [WolverinePost("/api/children/{childId}/care/adoption-decision-reversals"), Tags("Permanence"),
     EndpointSummary("Record that the child should no longer be placed for adoption, and why (SSDA903 RD1 to RD4).")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, ReverseAdoptionDecision command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
