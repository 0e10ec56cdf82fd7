using JasperFx;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Journey.Api.Operations;

/// <summary>
/// Ready only if the async daemon runs every async projection shard: a daemon that is not running,
/// or a shard stopped or paused (Marten pauses a shard that keeps failing), leaves the async
/// projections (recorded steps) stalled however long the service runs. How far they trail is the
/// journey.projection.* gauges' business, not readiness: a large import puts them behind for a
/// while, and recording still works.
/// </summary>
public sealed class ProjectionDaemonHealthCheck(IProjectionCoordinator coordinator, IDocumentStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var daemon = coordinator.DaemonForMainDatabase();
        if (!daemon.IsRunning)
            return Task.FromResult(HealthCheckResult.Unhealthy("The projection daemon is not running."));

        var running = daemon.CurrentAgents().Where(a => a.Status == AgentStatus.Running).Select(a => a.Name.Identity).ToHashSet();
        var shards = ((DocumentStore)store).Options.Projections.AllShards().Select(s => s.Name.Identity).ToList();
        var stalled = shards.Where(s => !running.Contains(s)).ToList();
        return Task.FromResult(stalled.Count == 0
            ? HealthCheckResult.Healthy($"The projection daemon runs {shards.Count} async shard(s).")
            : HealthCheckResult.Unhealthy($"Async projection shard(s) not running: {string.Join(", ", stalled)}."));
    }
}
