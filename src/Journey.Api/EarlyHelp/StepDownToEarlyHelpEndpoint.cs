using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.EarlyHelp;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.EarlyHelp;

public static class StepDownToEarlyHelpEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, StepDownToEarlyHelp command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record a step-down from social care to early help, with its plan.</summary>
    [WolverinePost("/api/children/{childId}/early-help/step-downs"), Tags("Early help"), EndpointSummary("Record a step-down from social care to early help, with its plan.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, StepDownToEarlyHelp command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
