using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.LookedAfter;

public static class RecordPersonalEducationPlanEndpoint
{
    public static ProblemDetails Validate(string childId, RecordPersonalEducationPlan command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record a personal education plan.</summary>
    [WolverinePost("/api/children/{childId}/care/education-plans"), Tags("Looked after"), EndpointSummary("Record a personal education plan.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, RecordPersonalEducationPlan command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
