using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.PreProceedings;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.PreProceedings;

public static class EnterPreProceedingsEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, EnterPreProceedings command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record the decision to enter pre-proceedings under the Public Law Outline.</summary>
    [WolverinePost("/api/children/{childId}/pre-proceedings"), Tags("Pre-proceedings"), EndpointSummary("Record the decision to enter pre-proceedings under the Public Law Outline.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, EnterPreProceedings command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
