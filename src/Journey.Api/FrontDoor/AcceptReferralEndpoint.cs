using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.FrontDoor;

public static class AcceptReferralEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, AcceptReferral command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Accept a referral from a contact the front door decided to refer; starts the assessment clock.</summary>
    [WolverinePost("/api/children/{childId}/referrals"), Tags("Front door"), EndpointSummary("Accept a referral from a contact the front door decided to refer; starts the assessment clock.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, AcceptReferral command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
