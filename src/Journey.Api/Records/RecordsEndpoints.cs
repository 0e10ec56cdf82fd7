using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Corrections;
using Journey.Domain.Journeys;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Records;

/// <summary>
/// Every step of this capability recorded through the API, one method per route, each with its access rule beside it.
/// Wolverine loads the child's journey for writing, <see cref="JourneyRecording.Validate"/> (applied to every journey
/// command's chain by <see cref="JourneyRecordingPolicy"/>) decides the command once, and the accepted decision reaches
/// the endpoint method as its argument, which appends it (decisions 110, 124).
/// </summary>
public static class RecordsEndpoints
{
    /// <summary>Record when a visit, plan, review or assessment write-up was finalised or authorised.</summary>
    [WolverinePost("/api/children/{childId}/finalisations"), Tags("Records"), EndpointSummary("Record when a visit, plan, review or assessment write-up was finalised or authorised.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) FinaliseRecord(string childId, FinaliseRecord command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
