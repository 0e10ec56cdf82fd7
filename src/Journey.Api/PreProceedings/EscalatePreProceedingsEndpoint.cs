using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.PreProceedings;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.PreProceedings;

public static class EscalatePreProceedingsEndpoint
{
    public static ProblemDetails Validate(string childId, EscalatePreProceedings command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record an escalation of pre-proceedings, with the reason.</summary>
    [WolverinePost("/api/children/{childId}/pre-proceedings/escalations"), Tags("Pre-proceedings"), EndpointSummary("Record an escalation of pre-proceedings, with the reason.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, EscalatePreProceedings command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
