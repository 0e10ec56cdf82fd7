using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.LeavingCare;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.LeavingCare;

public static class AllocatePersonalAdviserEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, AllocatePersonalAdviser command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Allocate a personal adviser.</summary>
    [WolverinePost("/api/children/{childId}/leaving-care/personal-advisers"), Tags("Leaving care"), EndpointSummary("Allocate a personal adviser.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordLeavingCare)]
    public static (Recorded, Events) Post(string childId, AllocatePersonalAdviser command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
