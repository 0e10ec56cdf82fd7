using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.PreProceedings;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.PreProceedings;

public static class HoldFamilyGroupConferenceEndpoint
{
    public static ProblemDetails Validate(string childId, HoldFamilyGroupConference command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record a family group conference held.</summary>
    [WolverinePost("/api/children/{childId}/pre-proceedings/family-group-conferences"), Tags("Pre-proceedings"), EndpointSummary("Record a family group conference held.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, HoldFamilyGroupConference command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
