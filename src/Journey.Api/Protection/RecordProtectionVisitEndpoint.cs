using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Protection;

public static class RecordProtectionVisitEndpoint
{
    public static ProblemDetails Validate(string childId, RecordProtectionVisit command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record a visit to a child on a protection plan: seen, seen alone.</summary>
    [WolverinePost("/api/children/{childId}/protection-plans/visits"), Tags("Child protection"), EndpointSummary("Record a visit to a child on a protection plan: seen, seen alone.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, RecordProtectionVisit command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
