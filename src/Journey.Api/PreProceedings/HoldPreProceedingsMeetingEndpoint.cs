using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.PreProceedings;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.PreProceedings;

public static class HoldPreProceedingsMeetingEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, HoldPreProceedingsMeeting command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record the initial or a review pre-proceedings meeting.</summary>
    [WolverinePost("/api/children/{childId}/pre-proceedings/meetings"), Tags("Pre-proceedings"), EndpointSummary("Record the initial or a review pre-proceedings meeting.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, HoldPreProceedingsMeeting command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
