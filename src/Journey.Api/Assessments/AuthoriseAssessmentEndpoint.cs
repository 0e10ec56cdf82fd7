using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Assessments;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Assessments;

public static class AuthoriseAssessmentEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, AuthoriseAssessment command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record a manager's authorisation of an assessment; stops the assessment clock.</summary>
    [WolverinePost("/api/children/{childId}/assessments/authorised"), Tags("Assessments"), EndpointSummary("Record a manager's authorisation of an assessment; stops the assessment clock.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, AuthoriseAssessment command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
