using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.LookedAfter;

public static class LeaveCareEndpoint
{
    public static ProblemDetails Validate(string childId, LeaveCare command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record that the child stopped being looked after, with the SSDA903 reason.</summary>
    [WolverinePost("/api/children/{childId}/care/left"), Tags("Looked after"), EndpointSummary("Record that the child stopped being looked after, with the SSDA903 reason.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, LeaveCare command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
