using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Proceedings;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Proceedings;

public static class MakeInterimOrderEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, MakeInterimOrder command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record an interim order.</summary>
    [WolverinePost("/api/children/{childId}/care-proceedings/interim-orders"), Tags("Care proceedings"), EndpointSummary("Record an interim order.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, MakeInterimOrder command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
