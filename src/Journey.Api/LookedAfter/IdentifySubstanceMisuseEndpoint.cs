using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.LookedAfter;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.LookedAfter;

public static class IdentifySubstanceMisuseEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, IdentifySubstanceMisuse command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record that the child has a substance misuse problem, and any intervention (SSDA903 OC2).</summary>
    [WolverinePost("/api/children/{childId}/care/substance-misuse"), Tags("Looked after"), EndpointSummary("Record that the child has a substance misuse problem, and any intervention (SSDA903 OC2).")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, IdentifySubstanceMisuse command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
