using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Permanence;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Permanence;

public static class DischargeCareOrderEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, DischargeCareOrder command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record the discharge of a care order.</summary>
    [WolverinePost("/api/children/{childId}/care/care-order-discharges"), Tags("Permanence"), EndpointSummary("Record the discharge of a care order.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, DischargeCareOrder command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
