using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.LeavingCare;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.LeavingCare;

public static class RecordCareLeaverContactEndpoint
{
    public static ProblemDetails Validate(string childId, RecordCareLeaverContact command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record contact with a care leaver: in touch, activity, accommodation.</summary>
    [WolverinePost("/api/children/{childId}/leaving-care/contacts"), Tags("Leaving care"), EndpointSummary("Record contact with a care leaver: in touch, activity, accommodation.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, RecordCareLeaverContact command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
