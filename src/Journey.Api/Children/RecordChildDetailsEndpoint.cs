using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Children;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Children;

public static class RecordChildDetailsEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, RecordChildDetails command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Record the child's date of birth (or expected date of birth), sex and ethnicity; record them again when they change.</summary>
    [WolverinePost("/api/children/{childId}/details"), Tags("Child"), EndpointSummary("Record the child's date of birth, sex and ethnicity.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordStep)]
    public static (Recorded, Events) Post(string childId, RecordChildDetails command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
