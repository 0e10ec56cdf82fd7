using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.LookedAfter;

public static class RecordYouthJusticeOutcomeEndpoint
{
    public static ProblemDetails Validate(string childId, RecordYouthJusticeOutcome command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record a conviction or youth caution of a looked-after child (SSDA903 OC2).</summary>
    [WolverinePost("/api/children/{childId}/care/youth-justice-outcomes"), Tags("Looked after"), EndpointSummary("Record a conviction or youth caution of a looked-after child (SSDA903 OC2).")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, RecordYouthJusticeOutcome command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
