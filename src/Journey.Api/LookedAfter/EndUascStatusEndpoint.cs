using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.LookedAfter;

public static class EndUascStatusEndpoint
{
    public static ProblemDetails Validate(string childId, EndUascStatus command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record that the child's status as an unaccompanied asylum-seeking child ceased (SSDA903 DUC).</summary>
    [WolverinePost("/api/children/{childId}/care/uasc-status-ceased"), Tags("Looked after"),
     EndpointSummary("Record that the child's status as an unaccompanied asylum-seeking child ceased (SSDA903 DUC).")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, EndUascStatus command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
