using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.PreProceedings;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.PreProceedings;

public static class EscalatePreProceedingsEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, EscalatePreProceedings command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record an escalation of pre-proceedings, with the reason.</summary>
    [WolverinePost("/api/children/{childId}/pre-proceedings/escalations"), Tags("Pre-proceedings"), EndpointSummary("Record an escalation of pre-proceedings, with the reason.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, EscalatePreProceedings command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
