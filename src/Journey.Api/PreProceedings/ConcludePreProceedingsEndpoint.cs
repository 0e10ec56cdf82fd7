using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.PreProceedings;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.PreProceedings;

public static class ConcludePreProceedingsEndpoint
{
    public static ProblemDetails Validate(string childId, ConcludePreProceedings command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record the outcome of pre-proceedings: stepped down or issue proceedings.</summary>
    [WolverinePost("/api/children/{childId}/pre-proceedings/concluded"), Tags("Pre-proceedings"), EndpointSummary("Record the outcome of pre-proceedings: stepped down or issue proceedings.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, ConcludePreProceedings command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
