using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Safeguarding;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Safeguarding;

public static class RecordHomelessPresentationEndpoint
{
    public static ProblemDetails Validate(string childId, RecordHomelessPresentation command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record a homeless 16 or 17 year old's presentation: rights explained, joint housing assessment.</summary>
    [WolverinePost("/api/children/{childId}/homeless-presentations"), Tags("Safeguarding"),
     EndpointSummary("Record a homeless 16 or 17 year old's presentation: rights explained, joint housing assessment.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, RecordHomelessPresentation command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
