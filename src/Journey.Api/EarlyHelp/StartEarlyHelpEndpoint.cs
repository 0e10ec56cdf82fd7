using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.EarlyHelp;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.EarlyHelp;

public static class StartEarlyHelpEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, StartEarlyHelp command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record the start of early help with its lead professional.</summary>
    [WolverinePost("/api/children/{childId}/early-help"), Tags("Early help"), EndpointSummary("Record the start of early help with its lead professional.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, StartEarlyHelp command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
