using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.LookedAfter;

public static class EnterCareEndpoint
{
    public static ProblemDetails Validate(string childId, EnterCare command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record that the child became looked after, with the SSDA903 legal status.</summary>
    [WolverinePost("/api/children/{childId}/care"), Tags("Looked after"), EndpointSummary("Record that the child became looked after, with the SSDA903 legal status.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, EnterCare command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
