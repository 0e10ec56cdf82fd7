using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Supervision;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Supervision;

public static class RecordSupervisionEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, RecordSupervision command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record case supervision of the allocated worker.</summary>
    [WolverinePost("/api/children/{childId}/supervisions"), Tags("Allocation"), EndpointSummary("Record case supervision of the allocated worker.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, RecordSupervision command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
