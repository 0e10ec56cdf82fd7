using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Proceedings;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Proceedings;

/// <summary>
/// Every step of this capability recorded through the API, one method per route, each with its access rule beside it.
/// Wolverine loads the child's journey for writing, <see cref="JourneyRecording.Validate"/> (applied to every journey
/// command's chain by <see cref="JourneyRecordingPolicy"/>) decides the command once, and the accepted decision reaches
/// the endpoint method as its argument, which appends it (decisions 110, 124).
/// </summary>
public static class ProceedingsEndpoints
{
    /// <summary>Record an extension of the 26-week timetable (up to 8 weeks).</summary>
    [WolverinePost("/api/children/{childId}/care-proceedings/extensions"), Tags("Care proceedings"), EndpointSummary("Record an extension of the 26-week timetable (up to 8 weeks).")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) ExtendProceedings(string childId, ExtendProceedings command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record a court hearing.</summary>
    [WolverinePost("/api/children/{childId}/care-proceedings/hearings"), Tags("Care proceedings"), EndpointSummary("Record a court hearing.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) HoldCourtHearing(string childId, HoldCourtHearing command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record care proceedings issued.</summary>
    [WolverinePost("/api/children/{childId}/care-proceedings"), Tags("Care proceedings"), EndpointSummary("Record care proceedings issued.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) IssueCareProceedings(string childId, IssueCareProceedings command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record the final order; the proceedings end.</summary>
    [WolverinePost("/api/children/{childId}/care-proceedings/final-orders"), Tags("Care proceedings"), EndpointSummary("Record the final order; the proceedings end.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) MakeFinalOrder(string childId, MakeFinalOrder command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);

    /// <summary>Record an interim order.</summary>
    [WolverinePost("/api/children/{childId}/care-proceedings/interim-orders"), Tags("Care proceedings"), EndpointSummary("Record an interim order.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) MakeInterimOrder(string childId, MakeInterimOrder command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
