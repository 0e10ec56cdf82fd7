using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Corrections;

public static class CorrectEventEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, CorrectionRequest command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Correct a recorded step, giving a reason; the original stays in the journey beside its correction.</summary>
    [WolverinePost("/api/children/{childId}/corrections"), Tags("Corrections"), EndpointSummary("Correct a recorded step, giving a reason; the original stays in the journey beside its correction.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, CorrectionRequest command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
