using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Protection;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Protection;

public static class ConcludeSection47Endpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, ConcludeSection47 command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record the conclusion of the open section 47 enquiry.</summary>
    [WolverinePost("/api/children/{childId}/section-47-enquiries/concluded"), Tags("Child protection"), EndpointSummary("Record the conclusion of the open section 47 enquiry.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, ConcludeSection47 command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
