using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.ChildInNeed;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.ChildInNeed;

public static class StartChildInNeedPlanEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, StartChildInNeedPlan command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Start a child in need plan; it cannot overlap a protection plan.</summary>
    [WolverinePost("/api/children/{childId}/child-in-need-plans"), Tags("Child in need"), EndpointSummary("Start a child in need plan; it cannot overlap a protection plan.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, StartChildInNeedPlan command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
