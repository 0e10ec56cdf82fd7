using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Protection;

public static class RecordSection47ChildSeenEndpoint
{
    public static ProblemDetails Validate(string childId, RecordSection47ChildSeen command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record that the child was seen during the section 47 enquiry.</summary>
    [WolverinePost("/api/children/{childId}/section-47-enquiries/child-seen"), Tags("Child protection"), EndpointSummary("Record that the child was seen during the section 47 enquiry.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, RecordSection47ChildSeen command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
