using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Api.Retention;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.FrontDoor;

/// <summary>
/// Every step of this capability recorded through the API, one method per route, each with its access rule beside it.
/// Wolverine loads the child's journey for writing, <see cref="JourneyRecording.Validate"/> (applied to every journey
/// command's chain by <see cref="JourneyRecordingPolicy"/>) decides the command once, and the accepted decision reaches
/// the endpoint method as its argument, which appends it (decisions 110, 124).
/// </summary>
public static class FrontDoorEndpoints
{
    /// <summary>Accept a referral from a contact the front door decided to refer; starts the assessment clock.</summary>
    [WolverinePost("/api/children/{childId}/referrals"), Tags("Front door"), EndpointSummary("Accept a referral from a contact the front door decided to refer; starts the assessment clock.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) AcceptReferral(string childId, AcceptReferral command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Allocate the child's case to a team and worker.</summary>
    [WolverinePost("/api/children/{childId}/allocations"), Tags("Front door"), EndpointSummary("Allocate the child's case to a team and worker.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) AllocateCase(string childId, AllocateCase command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record a challenge to a front-door decision, upheld or overturned.</summary>
    [WolverinePost("/api/children/{childId}/front-door-decisions/challenges"), Tags("Front door"), EndpointSummary("Record a challenge to a front-door decision, upheld or overturned.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) ChallengeFrontDoorDecision(string childId, ChallengeFrontDoorDecision command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record the front-door (MASH) decision on a contact.</summary>
    [WolverinePost("/api/children/{childId}/front-door-decisions"), Tags("Front door"), EndpointSummary("Record the front-door (MASH) decision on a contact.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) RecordFrontDoorDecision(string childId, RecordFrontDoorDecision command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}

/// <summary>
/// The contact, which starts a journey, in a class of its own: its Validate refuses the id of a child whose record was
/// disposed of (decision 67), and Wolverine runs a class's Validate before every endpoint of that class, and before
/// <see cref="JourneyRecording.Validate"/>, which is appended to the chain after it (decision 124), so the refusal still
/// comes before any rule of the contact's is judged.
/// </summary>
public static class RecordContactEndpoint
{
    public static async Task<ProblemDetails> Validate(string childId, ChildJourney? journey, IDocumentSession session, HttpContext http) =>
        journey is null && await DisposedRecords.IsDisposed(session, childId, http.RequestAborted)
            ? JourneyProblems.RulesBroken(childId, [DisposedRecords.Violation(childId)])
            : WolverineContinue.NoProblems;

    /// <summary>Record a contact received about the child; the child's journey starts with its first contact.</summary>
    [WolverinePost("/api/children/{childId}/contacts"), Tags("Front door"), EndpointSummary("Record a contact received about the child; the child's journey starts with its first contact.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordContact)]
    public static (Recorded, Events) Post(string childId, RecordContact command,
        [WriteAggregate("childId", Required = false)] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
