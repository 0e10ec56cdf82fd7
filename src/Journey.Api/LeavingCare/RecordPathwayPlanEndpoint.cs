using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.LeavingCare;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.LeavingCare;

public static class RecordPathwayPlanEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, RecordPathwayPlan command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record a pathway plan or its review.</summary>
    [WolverinePost("/api/children/{childId}/leaving-care/pathway-plans"), Tags("Leaving care"), EndpointSummary("Record a pathway plan or its review.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordLeavingCare)]
    public static (Recorded, Events) Post(string childId, RecordPathwayPlan command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
