using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.LookedAfter;

public static class RecordHealthAssessmentEndpoint
{
    public static ProblemDetails Validate(string childId, RecordHealthAssessment command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record an initial or review health assessment.</summary>
    [WolverinePost("/api/children/{childId}/care/health-assessments"), Tags("Looked after"), EndpointSummary("Record an initial or review health assessment.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, RecordHealthAssessment command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
