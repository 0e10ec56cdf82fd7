using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Protection;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Protection;

public static class HoldReviewConferenceEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, HoldReviewConference command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record a review child protection conference.</summary>
    [WolverinePost("/api/children/{childId}/protection-plans/review-conferences"), Tags("Child protection"), EndpointSummary("Record a review child protection conference.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordConference)]
    public static (Recorded, Events) Post(string childId, HoldReviewConference command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
