using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.LeavingCare;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.LeavingCare;

public static class RecordPathwayPlanEndpoint
{
    public static ProblemDetails Validate(string childId, RecordPathwayPlan command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record a pathway plan or its review.</summary>
    [WolverinePost("/api/children/{childId}/leaving-care/pathway-plans"), Tags("Leaving care"), EndpointSummary("Record a pathway plan or its review.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, RecordPathwayPlan command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
