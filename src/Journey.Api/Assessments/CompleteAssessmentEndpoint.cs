using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Assessments;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Assessments;

public static class CompleteAssessmentEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, CompleteAssessment command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record the assessment completed: child seen, seen alone, outcome.</summary>
    [WolverinePost("/api/children/{childId}/assessments/completed"), Tags("Assessments"), EndpointSummary("Record the assessment completed: child seen, seen alone, outcome.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, CompleteAssessment command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
