using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.LookedAfter;

public static class ChangeLegalStatusEndpoint
{
    public static ProblemDetails Validate(string childId, ChangeLegalStatus command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record a change of the looked-after child's legal status.</summary>
    [WolverinePost("/api/children/{childId}/care/legal-status-changes"), Tags("Looked after"), EndpointSummary("Record a change of the looked-after child's legal status.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, ChangeLegalStatus command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
