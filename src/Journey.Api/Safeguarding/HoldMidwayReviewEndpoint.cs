using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Safeguarding;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Safeguarding;

public static class HoldMidwayReviewEndpoint
{
    public static ProblemDetails Validate(string childId, HoldMidwayReview command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record the midway review of the protection plan.</summary>
    [WolverinePost("/api/children/{childId}/protection-plans/midway-reviews"), Tags("Child protection"), EndpointSummary("Record the midway review of the protection plan.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, HoldMidwayReview command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
