using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.PreProceedings;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.PreProceedings;

public static class ConcludePreProceedingsEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, ConcludePreProceedings command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record the outcome of pre-proceedings: stepped down or issue proceedings.</summary>
    [WolverinePost("/api/children/{childId}/pre-proceedings/concluded"), Tags("Pre-proceedings"), EndpointSummary("Record the outcome of pre-proceedings: stepped down or issue proceedings.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, ConcludePreProceedings command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
