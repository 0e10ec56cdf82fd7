using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.PreProceedings;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.PreProceedings;

/// <summary>
/// Every step of this capability recorded through the API, one method per route, each with its access rule beside it.
/// Wolverine loads the child's journey for writing, <see cref="JourneyRecording.Validate"/> (applied to every journey
/// command's chain by <see cref="JourneyRecordingPolicy"/>) decides the command once, and the accepted decision reaches
/// the endpoint method as its argument, which appends it (decisions 110, 124).
/// </summary>
public static class PreProceedingsEndpoints
{
    /// <summary>Record an assessment commissioned, with its due date.</summary>
    [WolverinePost("/api/children/{childId}/pre-proceedings/assessments"), Tags("Pre-proceedings"), EndpointSummary("Record an assessment commissioned, with its due date.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) CommissionPreProceedingsAssessment(string childId, CommissionPreProceedingsAssessment command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record the outcome of pre-proceedings: stepped down or issue proceedings.</summary>
    [WolverinePost("/api/children/{childId}/pre-proceedings/concluded"), Tags("Pre-proceedings"), EndpointSummary("Record the outcome of pre-proceedings: stepped down or issue proceedings.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) ConcludePreProceedings(string childId, ConcludePreProceedings command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record the decision to enter pre-proceedings under the Public Law Outline.</summary>
    [WolverinePost("/api/children/{childId}/pre-proceedings"), Tags("Pre-proceedings"), EndpointSummary("Record the decision to enter pre-proceedings under the Public Law Outline.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) EnterPreProceedings(string childId, EnterPreProceedings command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record an escalation of pre-proceedings, with the reason.</summary>
    [WolverinePost("/api/children/{childId}/pre-proceedings/escalations"), Tags("Pre-proceedings"), EndpointSummary("Record an escalation of pre-proceedings, with the reason.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) EscalatePreProceedings(string childId, EscalatePreProceedings command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record a family group conference held.</summary>
    [WolverinePost("/api/children/{childId}/pre-proceedings/family-group-conferences"), Tags("Pre-proceedings"), EndpointSummary("Record a family group conference held.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) HoldFamilyGroupConference(string childId, HoldFamilyGroupConference command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record the initial or a review pre-proceedings meeting.</summary>
    [WolverinePost("/api/children/{childId}/pre-proceedings/meetings"), Tags("Pre-proceedings"), EndpointSummary("Record the initial or a review pre-proceedings meeting.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) HoldPreProceedingsMeeting(string childId, HoldPreProceedingsMeeting command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record that family group decision-making was offered.</summary>
    [WolverinePost("/api/children/{childId}/pre-proceedings/family-group-conference-offers"), Tags("Pre-proceedings"), EndpointSummary("Record that family group decision-making was offered.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) OfferFamilyGroupConference(string childId, OfferFamilyGroupConference command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record the letter before proceedings sent.</summary>
    [WolverinePost("/api/children/{childId}/pre-proceedings/letters"), Tags("Pre-proceedings"), EndpointSummary("Record the letter before proceedings sent.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) SendLetterBeforeProceedings(string childId, SendLetterBeforeProceedings command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
