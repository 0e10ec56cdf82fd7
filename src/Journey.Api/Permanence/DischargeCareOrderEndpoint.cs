using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Permanence;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Permanence;

public static class DischargeCareOrderEndpoint
{
    public static ProblemDetails Validate(string childId, DischargeCareOrder command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record the discharge of a care order.</summary>
    [WolverinePost("/api/children/{childId}/care/care-order-discharges"), Tags("Permanence"), EndpointSummary("Record the discharge of a care order.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, DischargeCareOrder command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
