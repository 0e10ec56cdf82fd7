using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.LookedAfter;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.LookedAfter;

public static class EndUascStatusEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, EndUascStatus command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record that the child's status as an unaccompanied asylum-seeking child ceased (SSDA903 DUC).</summary>
    [WolverinePost("/api/children/{childId}/care/uasc-status-ceased"), Tags("Looked after"), EndpointSummary("Record that the child's status as an unaccompanied asylum-seeking child ceased (SSDA903 DUC).")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, EndUascStatus command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
