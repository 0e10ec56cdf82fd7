using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Proceedings;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Proceedings;

public static class ExtendProceedingsEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, ExtendProceedings command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record an extension of the 26-week timetable (up to 8 weeks).</summary>
    [WolverinePost("/api/children/{childId}/care-proceedings/extensions"), Tags("Care proceedings"), EndpointSummary("Record an extension of the 26-week timetable (up to 8 weeks).")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, ExtendProceedings command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
