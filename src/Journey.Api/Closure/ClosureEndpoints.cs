using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Closure;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Closure;

/// <summary>
/// Every step of this capability recorded through the API, one method per route, each with its access rule beside it.
/// Wolverine loads the child's journey for writing, <see cref="Validate"/> decides the command once, and the accepted
/// decision reaches the endpoint method as its argument, which appends it (decision 110, <see cref="JourneyRecording"/>).
/// </summary>
public static class ClosureEndpoints
{
    /// <summary>Runs before every endpoint of this class: each takes a journey command on a child's journey.</summary>
    public static (Decision?, ProblemDetails) Validate(string childId, IJourneyCommand command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Close the child's case with a CIN census closure reason; nothing may be left open.</summary>
    [WolverinePost("/api/children/{childId}/closures"), Tags("Closure"), EndpointSummary("Close the child's case with a CIN census closure reason; nothing may be left open.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) CloseCase(string childId, CloseCase command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
