using System.Globalization;
using Journey.Api.Authorisation;
using Journey.Api.Recording;
using Journey.Domain.Journeys;
using Journey.Domain.Timescales;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.Timeline;

public static class TimelineEndpoint
{
    /// <param name="asRecordedAt">What the service showed then: only what had been recorded by that instant (a date: the end of that UK day).</param>
    /// <param name="asOccurredAt">What had happened by then, as known now: steps that happened after it are left out.</param>
    [WolverineGet("/api/children/{childId}/timeline"), Tags("Timeline"),
     EndpointSummary("A child's journey in order, with who recorded each step and when, and every correction beside what it changed.")]
    [ProducesResponseType<ChildTimeline>(200), ProducesResponseType<ProblemDetails>(404)]
    [Access(Rule.ReadChild)]
    public static async Task<IResult> Get(string childId, IQuerySession session, CancellationToken cancellation,
        string? asRecordedAt = null, string? asOccurredAt = null)
    {
        var (timeline, problem) = await Read(childId, session, asRecordedAt, asOccurredAt, cancellation);
        return problem ?? Results.Ok(timeline);
    }

    /// <summary>The timeline as the query asks for it, or the problem to answer instead (shared with the exports).</summary>
    public static async Task<(ChildTimeline? Timeline, IResult? Problem)> Read(string childId, IQuerySession session,
        string? asRecordedAt, string? asOccurredAt, CancellationToken cancellation)
    {
        var recordedBy = Instant(asRecordedAt, "asRecordedAt", out var recordedProblem);
        var occurredBy = Instant(asOccurredAt, "asOccurredAt", out var occurredProblem);
        if ((recordedProblem ?? occurredProblem) is { } problem) return (null, problem);

        var events = await session.Events.FetchStreamAsync(childId, token: cancellation);
        var shown = recordedBy is { } r ? events.Where(e => e.Timestamp <= r).ToList() : events;
        if (shown.Count == 0)
            return (null, Results.Problem(statusCode: 404, title: "No journey is recorded for this child.",
                detail: $"No events are recorded for child {childId}{(recordedBy is null ? "" : " by then")}.", type: "https://journey.local/problems/unknown-child"));
        var timeline = ChildTimeline.From(childId, shown);
        return (occurredBy is { } o ? timeline.HappenedBy(o) : timeline, null);
    }

    /// <summary>An asRecordedAt or asOccurredAt value: an instant, or a date meaning the end of that UK day.</summary>
    public static DateTimeOffset? Instant(string? value, string field) => Instant(value, field, out _);

    private static DateTimeOffset? Instant(string? value, string field, out IResult? problem)
    {
        problem = null;
        if (value is null) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return UkTime.EndOf(day);
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)) return instant;
        problem = JourneyProblems.InvalidQuery("The timeline query is not valid.",
            [new RuleViolation(field, "iso-8601-instant", $"{field} '{value}' is not an ISO 8601 date or date-time.")]);
        return null;
    }
}
