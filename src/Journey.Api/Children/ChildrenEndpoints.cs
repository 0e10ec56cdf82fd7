using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Children;
using Journey.Domain.Journeys;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Children;

/// <summary>
/// Every step of this capability recorded through the API, one method per route, each with its access rule beside it.
/// Wolverine loads the child's journey for writing, <see cref="JourneyRecording.Validate"/> (applied to every journey
/// command's chain by <see cref="JourneyRecordingPolicy"/>) decides the command once, and the accepted decision reaches
/// the endpoint method as its argument, which appends it (decisions 110, 124).
/// </summary>
public static class ChildrenEndpoints
{
    /// <summary>Record the child's date of birth (or expected date of birth), sex and ethnicity; record them again when they change.</summary>
    [WolverinePost("/api/children/{childId}/details"), Tags("Child"), EndpointSummary("Record the child's date of birth, sex and ethnicity.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) RecordChildDetails(string childId, RecordChildDetails command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
