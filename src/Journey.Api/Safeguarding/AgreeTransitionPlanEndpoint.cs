using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Safeguarding;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Safeguarding;

public static class AgreeTransitionPlanEndpoint
{
    public static ProblemDetails Validate(string childId, AgreeTransitionPlan command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record a disabled child's transition plan to adult services.</summary>
    [WolverinePost("/api/children/{childId}/transition-plans"), Tags("Safeguarding"), EndpointSummary("Record a disabled child's transition plan to adult services.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, AgreeTransitionPlan command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
