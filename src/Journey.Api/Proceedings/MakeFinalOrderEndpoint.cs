using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Proceedings;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Proceedings;

public static class MakeFinalOrderEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, MakeFinalOrder command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record the final order; the proceedings end.</summary>
    [WolverinePost("/api/children/{childId}/care-proceedings/final-orders"), Tags("Care proceedings"), EndpointSummary("Record the final order; the proceedings end.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, MakeFinalOrder command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
