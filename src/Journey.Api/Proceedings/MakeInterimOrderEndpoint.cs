using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Proceedings;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Proceedings;

public static class MakeInterimOrderEndpoint
{
    public static ProblemDetails Validate(string childId, MakeInterimOrder command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record an interim order.</summary>
    [WolverinePost("/api/children/{childId}/care-proceedings/interim-orders"), Tags("Care proceedings"), EndpointSummary("Record an interim order.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, MakeInterimOrder command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
