using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Protection;
using Journey.Domain.Journeys;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Journey.Api.Protection;

public static class ScheduleInitialConferenceEndpoint
{
    public static (Decision?, ProblemDetails) Validate(string childId, ScheduleInitialConference command, ChildJourney? journey, TimeProvider clock) =>
        JourneyRecording.Validate(childId, command, journey, clock.GetUtcNow());

    /// <summary>Schedule or reschedule (with approval) the initial conference.</summary>
    [WolverinePost("/api/children/{childId}/initial-conferences/schedules"), Tags("Child protection"), EndpointSummary("Schedule or reschedule (with approval) the initial conference.")]
    [DeduplicatedWithResponse(DeduplicationScope.User, Required = false, ClaimInTransaction = true)]
    [Access(Rule.RecordConference)]
    public static (Recorded, Events) Post(string childId, ScheduleInitialConference command,
        [WriteAggregate("childId")] ChildJourney? journey, Decision decision) =>
        JourneyRecording.Append(childId, journey, decision);
}
