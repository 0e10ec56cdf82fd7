using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.LeavingCare;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.LeavingCare;

public static class RecordCareLeaverContactEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, RecordCareLeaverContact command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record contact with a care leaver: in touch, activity, accommodation.</summary>
    [WolverinePost("/api/children/{childId}/leaving-care/contacts"), Tags("Leaving care"), EndpointSummary("Record contact with a care leaver: in touch, activity, accommodation.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordLeavingCare)]
    public static (Recorded, Events) Post(string childId, RecordCareLeaverContact command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
