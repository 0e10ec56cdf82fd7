using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.PreProceedings;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.PreProceedings;

public static class OfferFamilyGroupConferenceEndpoint
{
    public static ProblemDetails Validate(string childId, OfferFamilyGroupConference command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record that family group decision-making was offered.</summary>
    [WolverinePost("/api/children/{childId}/pre-proceedings/family-group-conference-offers"), Tags("Pre-proceedings"), EndpointSummary("Record that family group decision-making was offered.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, OfferFamilyGroupConference command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
