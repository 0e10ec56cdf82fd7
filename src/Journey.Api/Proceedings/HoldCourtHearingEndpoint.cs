using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Proceedings;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Proceedings;

public static class HoldCourtHearingEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, HoldCourtHearing command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record a court hearing.</summary>
    [WolverinePost("/api/children/{childId}/care-proceedings/hearings"), Tags("Care proceedings"), EndpointSummary("Record a court hearing.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, HoldCourtHearing command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
