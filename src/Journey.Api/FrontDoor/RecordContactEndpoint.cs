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

public static class RecordContactEndpoint
{
    public static async Task<(Decision?, ProblemDetails)> Validate(string childId, RecordContact command, ChildJourney? journey, IDocumentSession session,
        TimeProvider clock, HttpContext http) =>
        // A contact starts a journey; never under the id of a child whose record was disposed of (decision 67).
        journey is null && await DisposedRecords.IsDisposed(session, childId, http.RequestAborted)
            ? (null, JourneyProblems.RulesBroken(childId, [DisposedRecords.Violation(childId)]))
            : JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record a contact received about the child; the child's journey starts with its first contact.</summary>
    [WolverinePost("/api/children/{childId}/contacts"), Tags("Front door"), EndpointSummary("Record a contact received about the child; the child's journey starts with its first contact.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordContact)]
    public static (Recorded, Events) Post(string childId, RecordContact command,
        [WriteAggregate("childId", Required = false)] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
