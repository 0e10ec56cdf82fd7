using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Safeguarding;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Safeguarding;

public static class NotifyPrivateFosteringEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, NotifyPrivateFostering command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record a private fostering notification.</summary>
    [WolverinePost("/api/children/{childId}/private-fostering"), Tags("Safeguarding"), EndpointSummary("Record a private fostering notification.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, NotifyPrivateFostering command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
