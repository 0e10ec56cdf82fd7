using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Protection;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Protection;

public static class RecordSection47ChildSeenEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, RecordSection47ChildSeen command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record that the child was seen during the section 47 enquiry.</summary>
    [WolverinePost("/api/children/{childId}/section-47-enquiries/child-seen"), Tags("Child protection"), EndpointSummary("Record that the child was seen during the section 47 enquiry.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, RecordSection47ChildSeen command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
