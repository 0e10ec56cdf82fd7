using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Permanence;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Permanence;

/// <summary>
/// Every step of this capability recorded through the API, one method per route, each with its access rule beside it.
/// Wolverine loads the child's journey for writing, <see cref="JourneyRecording.Validate"/> (applied to every journey
/// command's chain by <see cref="JourneyRecordingPolicy"/>) decides the command once, and the accepted decision reaches
/// the endpoint method as its argument, which appends it (decisions 110, 124).
/// </summary>
public static class PermanenceEndpoints
{
    /// <summary>Record the discharge of a care order.</summary>
    [WolverinePost("/api/children/{childId}/care/care-order-discharges"), Tags("Permanence"), EndpointSummary("Record the discharge of a care order.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) DischargeCareOrder(string childId, DischargeCareOrder command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record the permanence plan and whether it is ratified.</summary>
    [WolverinePost("/api/children/{childId}/care/permanence-plans"), Tags("Permanence"), EndpointSummary("Record the permanence plan and whether it is ratified.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) MakePermanencePlan(string childId, MakePermanencePlan command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record the looked-after child's care plan.</summary>
    [WolverinePost("/api/children/{childId}/care/care-plans"), Tags("Looked after"), EndpointSummary("Record the looked-after child's care plan.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) RecordCarePlan(string childId, RecordCarePlan command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record a looked-after review that was due but not held, and why.</summary>
    [WolverinePost("/api/children/{childId}/care/reviews-not-held"), Tags("Looked after"), EndpointSummary("Record a looked-after review that was due but not held, and why.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordConference)]
    public static (Recorded, Events) RecordLookedAfterReviewNotHeld(string childId, RecordLookedAfterReviewNotHeld command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record that the child should no longer be placed for adoption, and why (SSDA903 RD1 to RD4).</summary>
    [WolverinePost("/api/children/{childId}/care/adoption-decision-reversals"), Tags("Permanence"),
     EndpointSummary("Record that the child should no longer be placed for adoption, and why (SSDA903 RD1 to RD4).")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) ReverseAdoptionDecision(string childId, ReverseAdoptionDecision command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record a step towards adoption, in order, through life-story work.</summary>
    [WolverinePost("/api/children/{childId}/care/adoption-steps"), Tags("Permanence"), EndpointSummary("Record a step towards adoption, in order, through life-story work.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) TakeAdoptionStep(string childId, TakeAdoptionStep command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
