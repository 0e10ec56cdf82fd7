using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.PreProceedings;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.PreProceedings;

public static class CommissionPreProceedingsAssessmentEndpoint
{
    public static ProblemDetails Validate(string childId, CommissionPreProceedingsAssessment command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record an assessment commissioned, with its due date.</summary>
    [WolverinePost("/api/children/{childId}/pre-proceedings/assessments"), Tags("Pre-proceedings"), EndpointSummary("Record an assessment commissioned, with its due date.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, CommissionPreProceedingsAssessment command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
