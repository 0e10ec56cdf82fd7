using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Protection;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Protection;

public static class HoldStrategyDiscussionEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, HoldStrategyDiscussion command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record a strategy discussion; one that initiates a section 47 enquiry starts it the same day.</summary>
    [WolverinePost("/api/children/{childId}/strategy-discussions"), Tags("Child protection"), EndpointSummary("Record a strategy discussion; one that initiates a section 47 enquiry starts it the same day.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, HoldStrategyDiscussion command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
