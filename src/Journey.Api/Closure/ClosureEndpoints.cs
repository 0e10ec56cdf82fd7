using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Closure;
using Journey.Domain.Journeys;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Closure;

/// <summary>
/// Every step of this capability recorded through the API, one method per route, each with its access rule beside it.
/// Wolverine loads the child's journey for writing, <see cref="JourneyRecording.Validate"/> (applied to every journey
/// command's chain by <see cref="JourneyRecordingPolicy"/>) decides the command once, and the accepted decision reaches
/// the endpoint method as its argument, which appends it (decisions 110, 124).
/// </summary>
public static class ClosureEndpoints
{
    /// <summary>Close the child's case with a CIN census closure reason; nothing may be left open.</summary>
    [WolverinePost("/api/children/{childId}/closures"), Tags("Closure"), EndpointSummary("Close the child's case with a CIN census closure reason; nothing may be left open.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) CloseCase(string childId, CloseCase command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
