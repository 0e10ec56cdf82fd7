using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.ChildInNeed;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.ChildInNeed;

public static class ReviewChildInNeedPlanEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, ReviewChildInNeedPlan command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record a review of the child in need plan.</summary>
    [WolverinePost("/api/children/{childId}/child-in-need-plans/reviews"), Tags("Child in need"), EndpointSummary("Record a review of the child in need plan.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, ReviewChildInNeedPlan command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
