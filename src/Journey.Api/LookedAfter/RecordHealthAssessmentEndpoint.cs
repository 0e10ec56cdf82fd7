using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.LookedAfter;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.LookedAfter;

public static class RecordHealthAssessmentEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, RecordHealthAssessment command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record an initial or review health assessment.</summary>
    [WolverinePost("/api/children/{childId}/care/health-assessments"), Tags("Looked after"), EndpointSummary("Record an initial or review health assessment.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, RecordHealthAssessment command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
