using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Permanence;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Permanence;

public static class RecordCarePlanEndpoint
{
    public static ProblemDetails Validate(string childId, RecordCarePlan command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record the looked-after child's care plan.</summary>
    [WolverinePost("/api/children/{childId}/care/care-plans"), Tags("Looked after"), EndpointSummary("Record the looked-after child's care plan.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, RecordCarePlan command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
