using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Missing;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Missing;

public static class RecordReturnInterviewEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, RecordReturnInterview command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record the return home interview: offered, accepted, declined or completed.</summary>
    [WolverinePost("/api/children/{childId}/missing-episodes/return-interviews"), Tags("Missing"), EndpointSummary("Record the return home interview: offered, accepted, declined or completed.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, RecordReturnInterview command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
