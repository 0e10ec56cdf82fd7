using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Families;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Families;

public static class LinkToFamilyEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, LinkToFamily command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Link the child to a family or sibling group.</summary>
    [WolverinePost("/api/children/{childId}/family"), Tags("Families"), EndpointSummary("Link the child to a family or sibling group.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, LinkToFamily command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
