using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.LookedAfter;

public static class RecordStrengthsAndDifficultiesEndpoint
{
    public static ProblemDetails Validate(string childId, RecordStrengthsAndDifficulties command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Record a Strengths and Difficulties Questionnaire score, or why there is none (SSDA903 OC2).</summary>
    [WolverinePost("/api/children/{childId}/care/strengths-and-difficulties"), Tags("Looked after"),
     EndpointSummary("Record a Strengths and Difficulties Questionnaire score, or why there is none (SSDA903 OC2).")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, RecordStrengthsAndDifficulties command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
