using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Corrections;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Corrections;

public static class WithdrawEventEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, WithdrawEvent command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Withdraw a step recorded in error, giving a reason; it stays in the journey, marked withdrawn.</summary>
    [WolverinePost("/api/children/{childId}/withdrawals"), Tags("Corrections"), EndpointSummary("Withdraw a step recorded in error, giving a reason; it stays in the journey, marked withdrawn.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, WithdrawEvent command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
