using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Families;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Families;

public static class UnlinkFromFamilyEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, UnlinkFromFamily command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record that the child left its family or sibling group.</summary>
    [WolverinePost("/api/children/{childId}/family/unlinked"), Tags("Families"), EndpointSummary("Record that the child left its family or sibling group.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, UnlinkFromFamily command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
