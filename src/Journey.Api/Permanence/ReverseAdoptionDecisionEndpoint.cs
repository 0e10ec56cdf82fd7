using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Permanence;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Permanence;

public static class ReverseAdoptionDecisionEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, ReverseAdoptionDecision command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record that the child should no longer be placed for adoption, and why (SSDA903 RD1 to RD4).</summary>
    [WolverinePost("/api/children/{childId}/care/adoption-decision-reversals"), Tags("Permanence"), EndpointSummary("Record that the child should no longer be placed for adoption, and why (SSDA903 RD1 to RD4).")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, ReverseAdoptionDecision command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
