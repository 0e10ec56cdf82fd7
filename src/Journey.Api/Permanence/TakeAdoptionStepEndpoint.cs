using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Permanence;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Permanence;

public static class TakeAdoptionStepEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, TakeAdoptionStep command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record a step towards adoption, in order, through life-story work.</summary>
    [WolverinePost("/api/children/{childId}/care/adoption-steps"), Tags("Permanence"), EndpointSummary("Record a step towards adoption, in order, through life-story work.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, TakeAdoptionStep command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
