using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Protection;

public static class ScheduleInitialConferenceEndpoint
{
    public static ProblemDetails Validate(string childId, ScheduleInitialConference command, ChildJourney? journey, TimeProvider clock, HttpContext http) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow(), http);

    /// <summary>Schedule or reschedule (with approval) the initial conference.</summary>
    [WolverinePost("/api/children/{childId}/initial-conferences/schedules"), Tags("Child protection"), EndpointSummary("Schedule or reschedule (with approval) the initial conference.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    public static (Recorded, Events) Post(string childId, ScheduleInitialConference command,
        [WriteAggregate("childId")] ChildJourney? journey, HttpContext http) =>
        JourneyRecording.Append(childId, journey, http);
}
