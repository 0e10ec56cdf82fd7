using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.LookedAfter;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.LookedAfter;

public static class HoldLookedAfterReviewEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, HoldLookedAfterReview command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record a looked-after review and how the child took part.</summary>
    [WolverinePost("/api/children/{childId}/care/reviews"), Tags("Looked after"), EndpointSummary("Record a looked-after review and how the child took part.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordConference)]
    public static (Recorded, Events) Post(string childId, HoldLookedAfterReview command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
