using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.EarlyHelp;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.EarlyHelp;

public static class CloseEarlyHelpEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, CloseEarlyHelp command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record the closure of early help and its outcome.</summary>
    [WolverinePost("/api/children/{childId}/early-help/closed"), Tags("Early help"), EndpointSummary("Record the closure of early help and its outcome.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, CloseEarlyHelp command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
