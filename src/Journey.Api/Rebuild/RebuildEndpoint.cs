using JasperFx.Events.Daemon;
using Journey.Api.Authorisation;
using Journey.Api.Daemon;
using Journey.Projections.Rebuild;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Journey.Api.Rebuild;

/// <summary>One rebuild at a time in this service.</summary>
public sealed class RebuildGate
{
    public SemaphoreSlim Running { get; } = new(1, 1);
}

public static class RebuildEndpoint
{
    /// <summary>
    /// Rebuilds every projection from the events, as the rebuild command does, inside the service:
    /// the service's async daemon is paused for the rebuild and resumed after it. Answers when the
    /// rebuild has finished, with what was emptied and replayed; progress goes to the service's log.
    /// Recording waits while it runs. Administrators only (AccessRules.Administer, decision 51).
    /// </summary>
    [WolverinePost("/api/admin/rebuild"), Tags("Operations"), EndpointSummary("Rebuild every projection from the events (recording waits while it runs).")]
    [ProducesResponseType<RebuildReport>(200), ProducesResponseType<ProblemDetails>(409)]
    [Access(Rule.Administer)]
    public static async Task<IResult> Post(IDocumentStore store, ReplayStoreFactory replayStores, IProjectionCoordinator coordinator, RebuildGate gate,
        IHostApplicationLifetime lifetime, ILogger<RebuildGate> log, HttpContext context)
    {
        if (!await gate.Running.WaitAsync(TimeSpan.Zero)) return Refused("A rebuild is already running in this service.");
        try
        {
            // The pause below stops this node's daemon only: on a node waiting for the leader lock, the leader's would go
            // on writing the projections the rebuild empties (decision 102). The leader keeps its lock while paused.
            if ((await DaemonLeadership.ReadAsync(coordinator, store, context.RequestAborted)).Shards.Any(s => s.HeldElsewhere))
                return Refused("The async projections run on another node: ask the node whose GET /api/projections says it holds the daemon's leadership.");
            log.LogInformation("Rebuild of every projection requested by {User}.", context.User.Identity?.Name);
            // Not the request's token: a client that hangs up must not leave a projection half replayed.
            var cancellation = lifetime.ApplicationStopping;
            await coordinator.PauseAsync();
            try
            {
                // Structured: each figure a field of its own, so a log store can chart a rebuild's progress.
                var report = await new ProjectionRebuild(store, replayStores).Run(p => log.LogInformation(
                    "Rebuild: {Processed} of {Total} events replayed, {EventsPerSecond:0} events/s, done {Done}.", p.Processed, p.Total, p.EventsPerSecond, p.Done), cancellation);
                log.LogInformation("Rebuilt {ProjectionCount} projections from {Events} events to sequence {HighWaterMark} in {Seconds:0.0} s ({EventsPerSecond:0} events/s).",
                    report.Projections.Count, report.Events, report.HighWaterMark, report.Seconds, report.EventsPerSecond);
                return Results.Ok(report);
            }
            finally
            {
                await coordinator.ResumeAsync();
            }
        }
        catch (RebuildRefusedException e)
        {
            return Refused(e.Message);
        }
        finally
        {
            gate.Running.Release();
        }
    }

    private static IResult Refused(string detail) =>
        Results.Problem(statusCode: 409, title: "The rebuild did not start.", detail: detail, type: "https://journey.local/problems/rebuild-refused");
}
