using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Proceedings;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Proceedings;

public static class IssueCareProceedingsEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, IssueCareProceedings command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record care proceedings issued.</summary>
    [WolverinePost("/api/children/{childId}/care-proceedings"), Tags("Care proceedings"), EndpointSummary("Record care proceedings issued.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, IssueCareProceedings command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
