using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.LookedAfter;

public static class IdentifySubstanceMisuseEndpoint
{
    public static ProblemDetails Validate(string childId, IdentifySubstanceMisuse command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record that the child has a substance misuse problem, and any intervention (SSDA903 OC2).</summary>
    [WolverinePost("/api/children/{childId}/care/substance-misuse"), Tags("Looked after"), EndpointSummary("Record that the child has a substance misuse problem, and any intervention (SSDA903 OC2).")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, IdentifySubstanceMisuse command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
