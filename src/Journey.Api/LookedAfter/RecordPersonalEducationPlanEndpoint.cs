using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.LookedAfter;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.LookedAfter;

public static class RecordPersonalEducationPlanEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, RecordPersonalEducationPlan command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record a personal education plan.</summary>
    [WolverinePost("/api/children/{childId}/care/education-plans"), Tags("Looked after"), EndpointSummary("Record a personal education plan.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, RecordPersonalEducationPlan command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
