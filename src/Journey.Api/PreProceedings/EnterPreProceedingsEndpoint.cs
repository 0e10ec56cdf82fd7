using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.PreProceedings;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.PreProceedings;

public static class EnterPreProceedingsEndpoint
{
    public static ProblemDetails Validate(string childId, EnterPreProceedings command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record the decision to enter pre-proceedings under the Public Law Outline.</summary>
    [WolverinePost("/api/children/{childId}/pre-proceedings"), Tags("Pre-proceedings"), EndpointSummary("Record the decision to enter pre-proceedings under the Public Law Outline.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, EnterPreProceedings command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
