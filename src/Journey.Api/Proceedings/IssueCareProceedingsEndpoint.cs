using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Proceedings;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Proceedings;

public static class IssueCareProceedingsEndpoint
{
    public static ProblemDetails Validate(string childId, IssueCareProceedings command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record care proceedings issued.</summary>
    [WolverinePost("/api/children/{childId}/care-proceedings"), Tags("Care proceedings"), EndpointSummary("Record care proceedings issued.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, IssueCareProceedings command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
