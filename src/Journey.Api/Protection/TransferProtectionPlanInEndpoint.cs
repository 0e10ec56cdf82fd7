using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Protection;

public static class TransferProtectionPlanInEndpoint
{
    public static ProblemDetails Validate(string childId, TransferProtectionPlanIn command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record a protection plan transferred in from another authority.</summary>
    [WolverinePost("/api/children/{childId}/protection-plans/transfers-in"), Tags("Child protection"), EndpointSummary("Record a protection plan transferred in from another authority.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, TransferProtectionPlanIn command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
