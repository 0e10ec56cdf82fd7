using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Safeguarding;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Safeguarding;

public static class AgreeTransitionPlanEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, AgreeTransitionPlan command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record a disabled child's transition plan to adult services.</summary>
    [WolverinePost("/api/children/{childId}/transition-plans"), Tags("Safeguarding"), EndpointSummary("Record a disabled child's transition plan to adult services.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, AgreeTransitionPlan command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
