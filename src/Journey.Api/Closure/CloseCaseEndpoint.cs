using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Closure;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Closure;

public static class CloseCaseEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, CloseCase command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Close the child's case with a CIN census closure reason; nothing may be left open.</summary>
    [WolverinePost("/api/children/{childId}/closures"), Tags("Closure"), EndpointSummary("Close the child's case with a CIN census closure reason; nothing may be left open.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, CloseCase command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
