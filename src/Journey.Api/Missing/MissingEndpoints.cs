using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Missing;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Missing;

/// <summary>
/// Every step of this capability recorded through the API, one method per route, each with its access rule beside it.
/// Wolverine loads the child's journey for writing, <see cref="JourneyRecording.Validate"/> (applied to every journey
/// command's chain by <see cref="JourneyRecordingPolicy"/>) decides the command once, and the accepted decision reaches
/// the endpoint method as its argument, which appends it (decisions 110, 124).
/// </summary>
public static class MissingEndpoints
{
    /// <summary>Record that the child went missing.</summary>
    [WolverinePost("/api/children/{childId}/missing-episodes"), Tags("Missing"), EndpointSummary("Record that the child went missing.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) RecordMissing(string childId, RecordMissing command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record the child's return; the return interview is due within 72 hours.</summary>
    [WolverinePost("/api/children/{childId}/missing-episodes/returns"), Tags("Missing"), EndpointSummary("Record the child's return; the return interview is due within 72 hours.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) RecordReturn(string childId, RecordReturn command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record the return home interview: offered, accepted, declined or completed.</summary>
    [WolverinePost("/api/children/{childId}/missing-episodes/return-interviews"), Tags("Missing"), EndpointSummary("Record the return home interview: offered, accepted, declined or completed.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) RecordReturnInterview(string childId, RecordReturnInterview command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
