using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Safeguarding;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Safeguarding;

public static class NotifyPrivateFosteringEndpoint
{
    public static ProblemDetails Validate(string childId, NotifyPrivateFostering command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record a private fostering notification.</summary>
    [WolverinePost("/api/children/{childId}/private-fostering"), Tags("Safeguarding"), EndpointSummary("Record a private fostering notification.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, NotifyPrivateFostering command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
