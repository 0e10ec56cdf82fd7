using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Proceedings;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Proceedings;

public static class MakeFinalOrderEndpoint
{
    public static ProblemDetails Validate(string childId, MakeFinalOrder command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record the final order; the proceedings end.</summary>
    [WolverinePost("/api/children/{childId}/care-proceedings/final-orders"), Tags("Care proceedings"), EndpointSummary("Record the final order; the proceedings end.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, MakeFinalOrder command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
