using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Protection;

public static class ChangeProtectionCategoryEndpoint
{
    public static ProblemDetails Validate(string childId, ChangeProtectionCategory command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record a change of the protection plan's category of abuse.</summary>
    [WolverinePost("/api/children/{childId}/protection-plans/category-changes"), Tags("Child protection"), EndpointSummary("Record a change of the protection plan's category of abuse.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, ChangeProtectionCategory command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
