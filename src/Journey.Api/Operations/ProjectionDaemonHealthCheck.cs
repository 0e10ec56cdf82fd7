using JasperFx.Events.Daemon;
using Journey.Api.Daemon;
using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Journey.Api.Operations;

/// <summary>
/// Ready only if every async projection shard runs somewhere: on this node if it holds the shard's lock,
/// else on the node that does (HotCold, decision 101). A daemon that is not running, a shard this node
/// holds but does not run (paused, or Marten paused it after repeated failures), or a shard no node
/// holds leaves the async projections (recorded steps) stalled however long the service runs. A node
/// waiting for the lock while another runs the shard is ready: it records and reads like the leader.
/// How far the projections trail is the journey.projection.* gauges' business, not readiness: a large
/// import puts them behind for a while, and recording still works.
/// </summary>
public sealed class ProjectionDaemonHealthCheck(IProjectionCoordinator coordinator, IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var leadership = await DaemonLeadership.ReadAsync(coordinator, store, cancellationToken);
        // A node waiting for the lock has started no daemon of its own; that is not a fault while another node runs the shards.
        if (leadership.Shards.Any(s => s.HeldHere) && !coordinator.DaemonForMainDatabase().IsRunning)
            return HealthCheckResult.Unhealthy("The projection daemon is not running.");
        var stalled = leadership.Shards.Where(s => !s.RunningHere && !s.HeldElsewhere).Select(s => s.Shard).ToList();
        if (stalled.Count > 0) return HealthCheckResult.Unhealthy($"Async projection shard(s) not running: {string.Join(", ", stalled)}.");
        var here = leadership.Shards.Count(s => s.RunningHere);
        return HealthCheckResult.Healthy($"The projection daemon runs {here} async shard(s) here, {leadership.Shards.Count - here} on another node.");
    }
}
