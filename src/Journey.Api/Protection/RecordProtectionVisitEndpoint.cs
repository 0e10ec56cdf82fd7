using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Protection;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Protection;

public static class RecordProtectionVisitEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, RecordProtectionVisit command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record a visit to a child on a protection plan: seen, seen alone.</summary>
    [WolverinePost("/api/children/{childId}/protection-plans/visits"), Tags("Child protection"), EndpointSummary("Record a visit to a child on a protection plan: seen, seen alone.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, RecordProtectionVisit command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
