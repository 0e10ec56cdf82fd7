using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.PreProceedings;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.PreProceedings;

public static class HoldFamilyGroupConferenceEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, HoldFamilyGroupConference command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record a family group conference held.</summary>
    [WolverinePost("/api/children/{childId}/pre-proceedings/family-group-conferences"), Tags("Pre-proceedings"), EndpointSummary("Record a family group conference held.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, HoldFamilyGroupConference command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
