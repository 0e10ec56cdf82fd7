using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Permanence;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Permanence;

public static class RecordLookedAfterReviewNotHeldEndpoint
{
    public static ProblemDetails Validate(string childId, RecordLookedAfterReviewNotHeld command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record a looked-after review that was due but not held, and why.</summary>
    [WolverinePost("/api/children/{childId}/care/reviews-not-held"), Tags("Looked after"), EndpointSummary("Record a looked-after review that was due but not held, and why.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, RecordLookedAfterReviewNotHeld command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
