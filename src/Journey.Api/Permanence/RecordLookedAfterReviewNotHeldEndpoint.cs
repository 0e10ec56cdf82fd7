using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Permanence;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Permanence;

public static class RecordLookedAfterReviewNotHeldEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, RecordLookedAfterReviewNotHeld command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record a looked-after review that was due but not held, and why.</summary>
    [WolverinePost("/api/children/{childId}/care/reviews-not-held"), Tags("Looked after"), EndpointSummary("Record a looked-after review that was due but not held, and why.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordConference)]
    public static (Recorded, Events) Post(string childId, RecordLookedAfterReviewNotHeld command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
