using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.PreProceedings;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.PreProceedings;

public static class SendLetterBeforeProceedingsEndpoint
{
    public static ProblemDetails Validate(string childId, SendLetterBeforeProceedings command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record the letter before proceedings sent.</summary>
    [WolverinePost("/api/children/{childId}/pre-proceedings/letters"), Tags("Pre-proceedings"), EndpointSummary("Record the letter before proceedings sent.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, SendLetterBeforeProceedings command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
