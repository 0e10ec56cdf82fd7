using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.EarlyHelp;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.EarlyHelp;

public static class AgreeEarlyHelpPlanEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, AgreeEarlyHelpPlan command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record the early help plan agreed.</summary>
    [WolverinePost("/api/children/{childId}/early-help/plans"), Tags("Early help"), EndpointSummary("Record the early help plan agreed.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, AgreeEarlyHelpPlan command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
