using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.PreProceedings;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.PreProceedings;

public static class CommissionPreProceedingsAssessmentEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, CommissionPreProceedingsAssessment command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record an assessment commissioned, with its due date.</summary>
    [WolverinePost("/api/children/{childId}/pre-proceedings/assessments"), Tags("Pre-proceedings"), EndpointSummary("Record an assessment commissioned, with its due date.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, CommissionPreProceedingsAssessment command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
