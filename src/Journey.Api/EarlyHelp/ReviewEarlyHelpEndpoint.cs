using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.EarlyHelp;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.EarlyHelp;

public static class ReviewEarlyHelpEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, ReviewEarlyHelp command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record an early help review.</summary>
    [WolverinePost("/api/children/{childId}/early-help/reviews"), Tags("Early help"), EndpointSummary("Record an early help review.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, ReviewEarlyHelp command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
