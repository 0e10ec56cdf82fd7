using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Families;
using Journey.Domain.Journeys;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Families;

/// <summary>
/// Every step of this capability recorded through the API, one method per route, each with its access rule beside it.
/// Wolverine loads the child's journey for writing, <see cref="JourneyRecording.Validate"/> (applied to every journey
/// command's chain by <see cref="JourneyRecordingPolicy"/>) decides the command once, and the accepted decision reaches
/// the endpoint method as its argument, which appends it (decisions 110, 124).
/// </summary>
public static class FamiliesEndpoints
{
    /// <summary>Link the child to a family or sibling group.</summary>
    [WolverinePost("/api/children/{childId}/family"), Tags("Families"), EndpointSummary("Link the child to a family or sibling group.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) LinkToFamily(string childId, LinkToFamily command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record that the child left its family or sibling group.</summary>
    [WolverinePost("/api/children/{childId}/family/unlinked"), Tags("Families"), EndpointSummary("Record that the child left its family or sibling group.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) UnlinkFromFamily(string childId, UnlinkFromFamily command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
