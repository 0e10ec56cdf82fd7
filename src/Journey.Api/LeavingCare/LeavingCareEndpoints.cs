using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.LeavingCare;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.LeavingCare;

/// <summary>
/// Every step of this capability recorded through the API, one method per route, each with its access rule beside it.
/// Wolverine loads the child's journey for writing, <see cref="JourneyRecording.Validate"/> (applied to every journey
/// command's chain by <see cref="JourneyRecordingPolicy"/>) decides the command once, and the accepted decision reaches
/// the endpoint method as its argument, which appends it (decisions 110, 124).
/// </summary>
public static class LeavingCareEndpoints
{
    /// <summary>Allocate a personal adviser.</summary>
    [WolverinePost("/api/children/{childId}/leaving-care/personal-advisers"), Tags("Leaving care"), EndpointSummary("Allocate a personal adviser.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordLeavingCare)]
    public static (Recorded, Events) AllocatePersonalAdviser(string childId, AllocatePersonalAdviser command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record a leaving care needs assessment.</summary>
    [WolverinePost("/api/children/{childId}/leaving-care/needs-assessments"), Tags("Leaving care"), EndpointSummary("Record a leaving care needs assessment.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordLeavingCare)]
    public static (Recorded, Events) AssessLeavingCareNeeds(string childId, AssessLeavingCareNeeds command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record contact with a care leaver: in touch, activity, accommodation.</summary>
    [WolverinePost("/api/children/{childId}/leaving-care/contacts"), Tags("Leaving care"), EndpointSummary("Record contact with a care leaver: in touch, activity, accommodation.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordLeavingCare)]
    public static (Recorded, Events) RecordCareLeaverContact(string childId, RecordCareLeaverContact command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record a pathway plan or its review.</summary>
    [WolverinePost("/api/children/{childId}/leaving-care/pathway-plans"), Tags("Leaving care"), EndpointSummary("Record a pathway plan or its review.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordLeavingCare)]
    public static (Recorded, Events) RecordPathwayPlan(string childId, RecordPathwayPlan command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
