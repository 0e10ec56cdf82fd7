using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.PreProceedings;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.PreProceedings;

public static class OfferFamilyGroupConferenceEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, OfferFamilyGroupConference command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record that family group decision-making was offered.</summary>
    [WolverinePost("/api/children/{childId}/pre-proceedings/family-group-conference-offers"), Tags("Pre-proceedings"), EndpointSummary("Record that family group decision-making was offered.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, OfferFamilyGroupConference command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
