using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Proceedings;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Proceedings;

public static class ExtendProceedingsEndpoint
{
    public static ProblemDetails Validate(string childId, ExtendProceedings command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record an extension of the 26-week timetable (up to 8 weeks).</summary>
    [WolverinePost("/api/children/{childId}/care-proceedings/extensions"), Tags("Care proceedings"), EndpointSummary("Record an extension of the 26-week timetable (up to 8 weeks).")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, ExtendProceedings command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
