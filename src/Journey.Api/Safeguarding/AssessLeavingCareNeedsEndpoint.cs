using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Safeguarding;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Safeguarding;

public static class AssessLeavingCareNeedsEndpoint
{
    public static ProblemDetails Validate(string childId, AssessLeavingCareNeeds command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record a leaving care needs assessment.</summary>
    [WolverinePost("/api/children/{childId}/leaving-care/needs-assessments"), Tags("Leaving care"), EndpointSummary("Record a leaving care needs assessment.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, AssessLeavingCareNeeds command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
