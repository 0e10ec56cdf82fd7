using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Missing;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Missing;

public static class RecordMissingEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, RecordMissing command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record that the child went missing.</summary>
    [WolverinePost("/api/children/{childId}/missing-episodes"), Tags("Missing"), EndpointSummary("Record that the child went missing.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, RecordMissing command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
