using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Protection;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Protection;

public static class TransferProtectionPlanInEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, TransferProtectionPlanIn command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record a protection plan transferred in from another authority.</summary>
    [WolverinePost("/api/children/{childId}/protection-plans/transfers-in"), Tags("Child protection"), EndpointSummary("Record a protection plan transferred in from another authority.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, TransferProtectionPlanIn command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
