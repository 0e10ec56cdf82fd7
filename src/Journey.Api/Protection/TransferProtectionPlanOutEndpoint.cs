using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Protection;

public static class TransferProtectionPlanOutEndpoint
{
    public static ProblemDetails Validate(string childId, TransferProtectionPlanOut command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record the protection plan transferred out to another authority.</summary>
    [WolverinePost("/api/children/{childId}/protection-plans/transfers-out"), Tags("Child protection"), EndpointSummary("Record the protection plan transferred out to another authority.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, TransferProtectionPlanOut command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
