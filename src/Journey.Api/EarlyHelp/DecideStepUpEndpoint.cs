using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.EarlyHelp;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.EarlyHelp;

public static class DecideStepUpEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, DecideStepUp command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record a step-up request accepted or refused, with the reason.</summary>
    [WolverinePost("/api/children/{childId}/early-help/step-up-decisions"), Tags("Early help"), EndpointSummary("Record a step-up request accepted or refused, with the reason.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, DecideStepUp command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
