using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Safeguarding;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Safeguarding;

public static class AssessLeavingCareNeedsEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, AssessLeavingCareNeeds command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record a leaving care needs assessment.</summary>
    [WolverinePost("/api/children/{childId}/leaving-care/needs-assessments"), Tags("Leaving care"), EndpointSummary("Record a leaving care needs assessment.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordLeavingCare)]
    public static (Recorded, Events) Post(string childId, AssessLeavingCareNeeds command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
