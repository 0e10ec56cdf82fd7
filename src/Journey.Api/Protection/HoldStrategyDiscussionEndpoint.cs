using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Protection;

public static class HoldStrategyDiscussionEndpoint
{
    public static ProblemDetails Validate(string childId, HoldStrategyDiscussion command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record a strategy discussion; one that initiates a section 47 enquiry starts it the same day.</summary>
    [WolverinePost("/api/children/{childId}/strategy-discussions"), Tags("Child protection"),
     EndpointSummary("Record a strategy discussion; one that initiates a section 47 enquiry starts it the same day.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, HoldStrategyDiscussion command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
