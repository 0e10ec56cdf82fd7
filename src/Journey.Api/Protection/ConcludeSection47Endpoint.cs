using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Protection;

public static class ConcludeSection47Endpoint
{
    public static ProblemDetails Validate(string childId, ConcludeSection47 command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record the conclusion of the open section 47 enquiry.</summary>
    [WolverinePost("/api/children/{childId}/section-47-enquiries/concluded"), Tags("Child protection"), EndpointSummary("Record the conclusion of the open section 47 enquiry.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, ConcludeSection47 command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
