using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Permanence;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Permanence;

public static class MakePermanencePlanEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, MakePermanencePlan command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record the permanence plan and whether it is ratified.</summary>
    [WolverinePost("/api/children/{childId}/care/permanence-plans"), Tags("Permanence"), EndpointSummary("Record the permanence plan and whether it is ratified.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, MakePermanencePlan command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
