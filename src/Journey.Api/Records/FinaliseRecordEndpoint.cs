using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Corrections;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Records;

public static class FinaliseRecordEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, FinaliseRecord command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record when a visit, plan, review or assessment write-up was finalised or authorised.</summary>
    [WolverinePost("/api/children/{childId}/finalisations"), Tags("Records"), EndpointSummary("Record when a visit, plan, review or assessment write-up was finalised or authorised.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, FinaliseRecord command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
