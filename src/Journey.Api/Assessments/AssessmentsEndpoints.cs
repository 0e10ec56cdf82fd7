using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Assessments;
using Journey.Domain.Journeys;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Assessments;

/// <summary>
/// Every step of this capability recorded through the API, one method per route, each with its access rule beside it.
/// Wolverine loads the child's journey for writing, <see cref="JourneyRecording.Validate"/> (applied to every journey
/// command's chain by <see cref="JourneyRecordingPolicy"/>) decides the command once, and the accepted decision reaches
/// the endpoint method as its argument, which appends it (decisions 110, 124).
/// </summary>
public static class AssessmentsEndpoints
{
    /// <summary>Record a manager's authorisation of an assessment; stops the assessment clock.</summary>
    [WolverinePost("/api/children/{childId}/assessments/authorised"), Tags("Assessments"), EndpointSummary("Record a manager's authorisation of an assessment; stops the assessment clock.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) AuthoriseAssessment(string childId, AuthoriseAssessment command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record the assessment completed: child seen, seen alone, outcome.</summary>
    [WolverinePost("/api/children/{childId}/assessments/completed"), Tags("Assessments"), EndpointSummary("Record the assessment completed: child seen, seen alone, outcome.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) CompleteAssessment(string childId, CompleteAssessment command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record that an assessment started for a referral.</summary>
    [WolverinePost("/api/children/{childId}/assessments/started"), Tags("Assessments"), EndpointSummary("Record that an assessment started for a referral.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) StartAssessment(string childId, StartAssessment command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
