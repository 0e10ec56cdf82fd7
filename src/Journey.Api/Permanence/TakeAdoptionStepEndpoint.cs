using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Permanence;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Permanence;

public static class TakeAdoptionStepEndpoint
{
    public static ProblemDetails Validate(string childId, TakeAdoptionStep command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record a step towards adoption, in order, through life-story work.</summary>
    [WolverinePost("/api/children/{childId}/care/adoption-steps"), Tags("Permanence"), EndpointSummary("Record a step towards adoption, in order, through life-story work.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, TakeAdoptionStep command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
