using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Corrections;
using Journey.Domain.Journeys;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Corrections;

/// <summary>
/// Every step of this capability recorded through the API, one method per route, each with its access rule beside it.
/// Wolverine loads the child's journey for writing, <see cref="JourneyRecording.Validate"/> (applied to every journey
/// command's chain by <see cref="JourneyRecordingPolicy"/>) decides the command once, and the accepted decision reaches
/// the endpoint method as its argument, which appends it (decisions 110, 124).
/// </summary>
public static class CorrectionsEndpoints
{
    /// <summary>Correct a recorded step, giving a reason; the original stays in the journey beside its correction.</summary>
    [WolverinePost("/api/children/{childId}/corrections"), Tags("Corrections"), EndpointSummary("Correct a recorded step, giving a reason; the original stays in the journey beside its correction.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) CorrectEvent(string childId, CorrectionRequest command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Withdraw a step recorded in error, giving a reason; it stays in the journey, marked withdrawn.</summary>
    [WolverinePost("/api/children/{childId}/withdrawals"), Tags("Corrections"), EndpointSummary("Withdraw a step recorded in error, giving a reason; it stays in the journey, marked withdrawn.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) WithdrawEvent(string childId, WithdrawEvent command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
