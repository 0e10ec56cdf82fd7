using Journey.Domain.Journeys;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.Timeline;

/// <summary>One entry of a child's timeline: what happened and when, and who recorded it when.</summary>
public sealed record TimelineEntry(
    long Version,
    string Type,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt,
    string? RecordedBy,
    string? CorrelationId,
    object Data);

public sealed record ChildTimeline(string ChildId, long Version, IReadOnlyList<TimelineEntry> Entries);

public static class TimelineEndpoint
{
    /// <summary>
    /// The child's journey in the order things happened (ties broken by the order they were
    /// recorded), each step with when it was recorded and by whom.
    /// </summary>
    [WolverineGet("/api/children/{childId}/timeline"), Tags("Timeline"), EndpointSummary("A child's journey in order, with who recorded each step and when.")]
    [ProducesResponseType<ChildTimeline>(200), ProducesResponseType<ProblemDetails>(404)]
    public static async Task<IResult> Get(string childId, IQuerySession session, CancellationToken cancellation)
    {
        var events = await session.Events.FetchStreamAsync(childId, token: cancellation);
        if (events.Count == 0)
            return Results.Problem(statusCode: 404, title: "No journey is recorded for this child.",
                detail: $"No events are recorded for child {childId}.", type: "https://journey.local/problems/unknown-child");

        var entries = events
            .Select(e => new TimelineEntry(e.Version, e.Data.GetType().Name, ((IJourneyEvent)e.Data).OccurredAt, e.Timestamp,
                e.UserName, e.CorrelationId, e.Data))
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.Version)
            .ToArray();
        return Results.Ok(new ChildTimeline(childId, events[^1].Version, entries));
    }
}
