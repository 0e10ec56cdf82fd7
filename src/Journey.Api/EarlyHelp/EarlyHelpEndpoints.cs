using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.EarlyHelp;
using Journey.Domain.Journeys;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.EarlyHelp;

/// <summary>
/// Every step of this capability recorded through the API, one method per route, each with its access rule beside it.
/// Wolverine loads the child's journey for writing, <see cref="JourneyRecording.Validate"/> (applied to every journey
/// command's chain by <see cref="JourneyRecordingPolicy"/>) decides the command once, and the accepted decision reaches
/// the endpoint method as its argument, which appends it (decisions 110, 124).
/// </summary>
public static class EarlyHelpEndpoints
{
    /// <summary>Record the early help plan agreed.</summary>
    [WolverinePost("/api/children/{childId}/early-help/plans"), Tags("Early help"), EndpointSummary("Record the early help plan agreed.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) AgreeEarlyHelpPlan(string childId, AgreeEarlyHelpPlan command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record the closure of early help and its outcome.</summary>
    [WolverinePost("/api/children/{childId}/early-help/closed"), Tags("Early help"), EndpointSummary("Record the closure of early help and its outcome.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) CloseEarlyHelp(string childId, CloseEarlyHelp command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record a step-up request accepted or refused, with the reason.</summary>
    [WolverinePost("/api/children/{childId}/early-help/step-up-decisions"), Tags("Early help"), EndpointSummary("Record a step-up request accepted or refused, with the reason.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) DecideStepUp(string childId, DecideStepUp command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record an early help review.</summary>
    [WolverinePost("/api/children/{childId}/early-help/reviews"), Tags("Early help"), EndpointSummary("Record an early help review.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) ReviewEarlyHelp(string childId, ReviewEarlyHelp command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record the start of early help with its lead professional.</summary>
    [WolverinePost("/api/children/{childId}/early-help"), Tags("Early help"), EndpointSummary("Record the start of early help with its lead professional.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) StartEarlyHelp(string childId, StartEarlyHelp command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record a step-down from social care to early help, with its plan.</summary>
    [WolverinePost("/api/children/{childId}/early-help/step-downs"), Tags("Early help"), EndpointSummary("Record a step-down from social care to early help, with its plan.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) StepDownToEarlyHelp(string childId, StepDownToEarlyHelp command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
