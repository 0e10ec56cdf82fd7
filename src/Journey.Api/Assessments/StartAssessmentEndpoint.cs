using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Assessments;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Assessments;

public static class StartAssessmentEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, StartAssessment command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record that an assessment started for a referral.</summary>
    [WolverinePost("/api/children/{childId}/assessments/started"), Tags("Assessments"), EndpointSummary("Record that an assessment started for a referral.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, StartAssessment command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
