using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Permanence;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Permanence;

public static class MakePermanencePlanEndpoint
{
    public static ProblemDetails Validate(string childId, MakePermanencePlan command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record the permanence plan and whether it is ratified.</summary>
    [WolverinePost("/api/children/{childId}/care/permanence-plans"), Tags("Permanence"), EndpointSummary("Record the permanence plan and whether it is ratified.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, MakePermanencePlan command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
