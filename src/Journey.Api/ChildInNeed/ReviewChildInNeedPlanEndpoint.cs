using Journey.Api.Recording;
using Journey.Domain.ChildInNeed;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.ChildInNeed;

public static class ReviewChildInNeedPlanEndpoint
{
    public static ProblemDetails Validate(string childId, ReviewChildInNeedPlan command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record a review of the child in need plan.</summary>
    [WolverinePost("/api/children/{childId}/child-in-need-plans/reviews"), Tags("Child in need"), EndpointSummary("Record a review of the child in need plan.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, ReviewChildInNeedPlan command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
