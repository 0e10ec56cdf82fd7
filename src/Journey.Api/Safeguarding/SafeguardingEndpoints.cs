using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Safeguarding;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Safeguarding;

/// <summary>
/// Every step of this capability recorded through the API, one method per route, each with its access rule beside it.
/// Wolverine loads the child's journey for writing, <see cref="JourneyRecording.Validate"/> (applied to every journey
/// command's chain by <see cref="JourneyRecordingPolicy"/>) decides the command once, and the accepted decision reaches
/// the endpoint method as its argument, which appends it (decisions 110, 124).
/// </summary>
public static class SafeguardingEndpoints
{
    /// <summary>Record a disabled child's transition plan to adult services.</summary>
    [WolverinePost("/api/children/{childId}/transition-plans"), Tags("Safeguarding"), EndpointSummary("Record a disabled child's transition plan to adult services.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) AgreeTransitionPlan(string childId, AgreeTransitionPlan command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record an exploitation risk identified and whether a plan is agreed.</summary>
    [WolverinePost("/api/children/{childId}/exploitation-risks"), Tags("Safeguarding"), EndpointSummary("Record an exploitation risk identified and whether a plan is agreed.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) IdentifyExploitationRisk(string childId, IdentifyExploitationRisk command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record a private fostering notification.</summary>
    [WolverinePost("/api/children/{childId}/private-fostering"), Tags("Safeguarding"), EndpointSummary("Record a private fostering notification.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) NotifyPrivateFostering(string childId, NotifyPrivateFostering command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record a homeless 16 or 17 year old's presentation: rights explained, joint housing assessment.</summary>
    [WolverinePost("/api/children/{childId}/homeless-presentations"), Tags("Safeguarding"),
     EndpointSummary("Record a homeless 16 or 17 year old's presentation: rights explained, joint housing assessment.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) RecordHomelessPresentation(string childId, RecordHomelessPresentation command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
