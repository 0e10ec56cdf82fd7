using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.Timeline;

public static class TimelineEndpoint
{
    [WolverineGet("/api/children/{childId}/timeline"), Tags("Timeline"), EndpointSummary("A child's journey in order, with who recorded each step and when, and every correction beside what it changed.")]
    [ProducesResponseType<ChildTimeline>(200), ProducesResponseType<ProblemDetails>(404)]
    public static async Task<IResult> Get(string childId, IQuerySession session, CancellationToken cancellation)
    {
        var events = await session.Events.FetchStreamAsync(childId, token: cancellation);
        if (events.Count == 0)
            return Results.Problem(statusCode: 404, title: "No journey is recorded for this child.",
                detail: $"No events are recorded for child {childId}.", type: "https://journey.local/problems/unknown-child");
        return Results.Ok(ChildTimeline.From(childId, events));
    }
}
