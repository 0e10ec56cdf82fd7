using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Safeguarding;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Safeguarding;

public static class HoldMidwayReviewEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, HoldMidwayReview command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record the midway review of the protection plan.</summary>
    [WolverinePost("/api/children/{childId}/protection-plans/midway-reviews"), Tags("Child protection"), EndpointSummary("Record the midway review of the protection plan.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordConference)]
    public static (Recorded, Events) Post(string childId, HoldMidwayReview command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
