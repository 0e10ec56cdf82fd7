using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Permanence;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Permanence;

public static class RecordCarePlanEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, RecordCarePlan command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record the looked-after child's care plan.</summary>
    [WolverinePost("/api/children/{childId}/care/care-plans"), Tags("Looked after"), EndpointSummary("Record the looked-after child's care plan.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, RecordCarePlan command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
