using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Protection;

/// <summary>
/// Every step of this capability recorded through the API, one method per route, each with its access rule beside it.
/// Wolverine loads the child's journey for writing, <see cref="JourneyRecording.Validate"/> (applied to every journey
/// command's chain by <see cref="JourneyRecordingPolicy"/>) decides the command once, and the accepted decision reaches
/// the endpoint method as its argument, which appends it (decisions 110, 124).
/// </summary>
public static class ProtectionEndpoints
{
    /// <summary>Record a change of the protection plan's category of abuse.</summary>
    [WolverinePost("/api/children/{childId}/protection-plans/category-changes"), Tags("Child protection"), EndpointSummary("Record a change of the protection plan's category of abuse.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordConference)]
    public static (Recorded, Events) ChangeProtectionCategory(string childId, ChangeProtectionCategory command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record the conclusion of the open section 47 enquiry.</summary>
    [WolverinePost("/api/children/{childId}/section-47-enquiries/concluded"), Tags("Child protection"), EndpointSummary("Record the conclusion of the open section 47 enquiry.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) ConcludeSection47(string childId, ConcludeSection47 command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record the end of the open child protection plan.</summary>
    [WolverinePost("/api/children/{childId}/protection-plans/ended"), Tags("Child protection"), EndpointSummary("Record the end of the open child protection plan.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordConference)]
    public static (Recorded, Events) EndProtectionPlan(string childId, EndProtectionPlan command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record a core group meeting of the open protection plan.</summary>
    [WolverinePost("/api/children/{childId}/protection-plans/core-groups"), Tags("Child protection"), EndpointSummary("Record a core group meeting of the open protection plan.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) HoldCoreGroup(string childId, HoldCoreGroup command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record an initial child protection conference; a plan it decides starts the same day.</summary>
    [WolverinePost("/api/children/{childId}/initial-conferences"), Tags("Child protection"), EndpointSummary("Record an initial child protection conference; a plan it decides starts the same day.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordConference)]
    public static (Recorded, Events) HoldInitialConference(string childId, HoldInitialConference command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record the midway review of the protection plan.</summary>
    [WolverinePost("/api/children/{childId}/protection-plans/midway-reviews"), Tags("Child protection"), EndpointSummary("Record the midway review of the protection plan.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordConference)]
    public static (Recorded, Events) HoldMidwayReview(string childId, HoldMidwayReview command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record a review child protection conference.</summary>
    [WolverinePost("/api/children/{childId}/protection-plans/review-conferences"), Tags("Child protection"), EndpointSummary("Record a review child protection conference.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordConference)]
    public static (Recorded, Events) HoldReviewConference(string childId, HoldReviewConference command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record a strategy discussion; one that initiates a section 47 enquiry starts it the same day.</summary>
    [WolverinePost("/api/children/{childId}/strategy-discussions"), Tags("Child protection"),
     EndpointSummary("Record a strategy discussion; one that initiates a section 47 enquiry starts it the same day.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) HoldStrategyDiscussion(string childId, HoldStrategyDiscussion command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record a visit to a child on a protection plan: seen, seen alone.</summary>
    [WolverinePost("/api/children/{childId}/protection-plans/visits"), Tags("Child protection"), EndpointSummary("Record a visit to a child on a protection plan: seen, seen alone.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) RecordProtectionVisit(string childId, RecordProtectionVisit command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record that the child was seen during the section 47 enquiry.</summary>
    [WolverinePost("/api/children/{childId}/section-47-enquiries/child-seen"), Tags("Child protection"), EndpointSummary("Record that the child was seen during the section 47 enquiry.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) RecordSection47ChildSeen(string childId, RecordSection47ChildSeen command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Schedule or reschedule (with approval) the initial conference.</summary>
    [WolverinePost("/api/children/{childId}/initial-conferences/schedules"), Tags("Child protection"), EndpointSummary("Schedule or reschedule (with approval) the initial conference.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordConference)]
    public static (Recorded, Events) ScheduleInitialConference(string childId, ScheduleInitialConference command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record a protection plan transferred in from another authority.</summary>
    [WolverinePost("/api/children/{childId}/protection-plans/transfers-in"), Tags("Child protection"), EndpointSummary("Record a protection plan transferred in from another authority.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) TransferProtectionPlanIn(string childId, TransferProtectionPlanIn command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record the protection plan transferred out to another authority.</summary>
    [WolverinePost("/api/children/{childId}/protection-plans/transfers-out"), Tags("Child protection"), EndpointSummary("Record the protection plan transferred out to another authority.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) TransferProtectionPlanOut(string childId, TransferProtectionPlanOut command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
