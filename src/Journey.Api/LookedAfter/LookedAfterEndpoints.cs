using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.LookedAfter;

/// <summary>
/// Every step of this capability recorded through the API, one method per route, each with its access rule beside it.
/// Wolverine loads the child's journey for writing, <see cref="JourneyRecording.Validate"/> (applied to every journey
/// command's chain by <see cref="JourneyRecordingPolicy"/>) decides the command once, and the accepted decision reaches
/// the endpoint method as its argument, which appends it (decisions 110, 124).
/// </summary>
public static class LookedAfterEndpoints
{
    /// <summary>Record a change of the looked-after child's legal status.</summary>
    [WolverinePost("/api/children/{childId}/care/legal-status-changes"), Tags("Looked after"), EndpointSummary("Record a change of the looked-after child's legal status.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) ChangeLegalStatus(string childId, ChangeLegalStatus command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record that the child's status as an unaccompanied asylum-seeking child ceased (SSDA903 DUC).</summary>
    [WolverinePost("/api/children/{childId}/care/uasc-status-ceased"), Tags("Looked after"),
     EndpointSummary("Record that the child's status as an unaccompanied asylum-seeking child ceased (SSDA903 DUC).")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) EndUascStatus(string childId, EndUascStatus command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record that the child became looked after, with the SSDA903 legal status.</summary>
    [WolverinePost("/api/children/{childId}/care"), Tags("Looked after"), EndpointSummary("Record that the child became looked after, with the SSDA903 legal status.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) EnterCare(string childId, EnterCare command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record a looked-after review and how the child took part.</summary>
    [WolverinePost("/api/children/{childId}/care/reviews"), Tags("Looked after"), EndpointSummary("Record a looked-after review and how the child took part.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordConference)]
    public static (Recorded, Events) HoldLookedAfterReview(string childId, HoldLookedAfterReview command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record that the child has a substance misuse problem, and any intervention (SSDA903 OC2).</summary>
    [WolverinePost("/api/children/{childId}/care/substance-misuse"), Tags("Looked after"), EndpointSummary("Record that the child has a substance misuse problem, and any intervention (SSDA903 OC2).")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) IdentifySubstanceMisuse(string childId, IdentifySubstanceMisuse command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record that the child stopped being looked after, with the SSDA903 reason.</summary>
    [WolverinePost("/api/children/{childId}/care/left"), Tags("Looked after"), EndpointSummary("Record that the child stopped being looked after, with the SSDA903 reason.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) LeaveCare(string childId, LeaveCare command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record an initial or review health assessment.</summary>
    [WolverinePost("/api/children/{childId}/care/health-assessments"), Tags("Looked after"), EndpointSummary("Record an initial or review health assessment.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) RecordHealthAssessment(string childId, RecordHealthAssessment command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record a social worker's visit to a looked-after child.</summary>
    [WolverinePost("/api/children/{childId}/care/visits"), Tags("Looked after"), EndpointSummary("Record a social worker's visit to a looked-after child.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) RecordLookedAfterVisit(string childId, RecordLookedAfterVisit command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record a personal education plan.</summary>
    [WolverinePost("/api/children/{childId}/care/education-plans"), Tags("Looked after"), EndpointSummary("Record a personal education plan.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) RecordPersonalEducationPlan(string childId, RecordPersonalEducationPlan command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record a Strengths and Difficulties Questionnaire score, or why there is none (SSDA903 OC2).</summary>
    [WolverinePost("/api/children/{childId}/care/strengths-and-difficulties"), Tags("Looked after"),
     EndpointSummary("Record a Strengths and Difficulties Questionnaire score, or why there is none (SSDA903 OC2).")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) RecordStrengthsAndDifficulties(string childId, RecordStrengthsAndDifficulties command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record a conviction or youth caution of a looked-after child (SSDA903 OC2).</summary>
    [WolverinePost("/api/children/{childId}/care/youth-justice-outcomes"), Tags("Looked after"), EndpointSummary("Record a conviction or youth caution of a looked-after child (SSDA903 OC2).")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) RecordYouthJusticeOutcome(string childId, RecordYouthJusticeOutcome command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record a placement; a later one ends the previous and gives the reason for the change.</summary>
    [WolverinePost("/api/children/{childId}/care/placements"), Tags("Looked after"), EndpointSummary("Record a placement; a later one ends the previous and gives the reason for the change.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) StartPlacement(string childId, StartPlacement command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
