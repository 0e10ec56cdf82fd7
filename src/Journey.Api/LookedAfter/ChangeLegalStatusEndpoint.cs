using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.LookedAfter;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.LookedAfter;

public static class ChangeLegalStatusEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, ChangeLegalStatus command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record a change of the looked-after child's legal status.</summary>
    [WolverinePost("/api/children/{childId}/care/legal-status-changes"), Tags("Looked after"), EndpointSummary("Record a change of the looked-after child's legal status.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, ChangeLegalStatus command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
