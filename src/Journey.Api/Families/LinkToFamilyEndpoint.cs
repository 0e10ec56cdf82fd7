using Journey.Api.Recording;
using Journey.Domain.Families;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Families;

public static class LinkToFamilyEndpoint
{
    public static ProblemDetails Validate(string childId, LinkToFamily command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Link the child to a family or sibling group.</summary>
    [WolverinePost("/api/children/{childId}/family"), Tags("Families"), EndpointSummary("Link the child to a family or sibling group.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, LinkToFamily command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
