using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Protection;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Protection;

public static class ChangeProtectionCategoryEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, ChangeProtectionCategory command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record a change of the protection plan's category of abuse.</summary>
    [WolverinePost("/api/children/{childId}/protection-plans/category-changes"), Tags("Child protection"), EndpointSummary("Record a change of the protection plan's category of abuse.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordConference)]
    public static (Recorded, Events) Post(string childId, ChangeProtectionCategory command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
