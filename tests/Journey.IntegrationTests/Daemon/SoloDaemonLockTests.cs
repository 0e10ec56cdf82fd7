using JasperFx;
using JasperFx.Events.Daemon;
using Journey.IntegrationTests.Infrastructure;
using Journey.Projections;
using Journey.Projections.Recording;
using Marten;
using Npgsql;

namespace Journey.IntegrationTests.Daemon;

/// <summary>
/// The service runs Marten's async daemon in Solo mode (Program.cs, decision 40), and Solo needs no
/// distributed lock at all: its projection distributor (JasperFx.Events' SoloProjectionDistributor) owns every
/// shard on this node and its lock methods succeed without touching the database, so a single node holds
/// none of the locks HotCold would take. HotCold's leader lock itself, for more than one node, is shown
/// held by one node and released in Infrastructure/AdvisoryLockTests (decision 100). Should this test fail
/// because a daemon lock is held, the daemon's mode or Marten's Solo distributor changed.
/// </summary>
[Collection(DaemonHost.Collection)]
public sealed class SoloDaemonLockTests(DaemonHost host)
{
    [Fact]
    public async Task The_solo_daemon_runs_the_async_projection_without_holding_any_leader_lock()
    {
        var options = ((DocumentStore)host.Store).Options;
        options.Projections.AsyncMode.ShouldBe(DaemonMode.Solo);

        var child = JourneyApi.NewChildId();
        await host.ClientFor("sw.sam.taylor").RecordOk(child, "contacts",
            new { receivedAt = "2026-05-04T09:00:00Z", source = "6", concerns = "c", consent = "NotRequired" });
        await host.CaughtUp();
        (await host.RecordedSteps(child)).Count.ShouldBe(1);

        // The daemon is running its shard on this node...
        var daemon = host.Coordinator.DaemonForMainDatabase();
        daemon.StatusFor(RecordedStepsProjection.ShardName).ShouldBe(AgentStatus.Running);

        // ...and holds none of the advisory locks HotCold would take: the base daemon lock and each shard's.
        var lockIds = options.Projections.AllShards()
            .Select(s => ProjectionLockIds.Compute(JourneyStore.Schema, s.Name, options.Projections.DaemonLockId))
            .Append(options.Projections.DaemonLockId).ToArray();
        (await HeldAdvisoryLocks(lockIds)).ShouldBe(0);
    }

    private async Task<long> HeldAdvisoryLocks(int[] lockIds)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        // A lock on a 64-bit key k is shown with objid = the low 32 bits of k.
        await using var command = new NpgsqlCommand("""
            SELECT count(*) FROM pg_locks
            WHERE locktype = 'advisory' AND objid = ANY(@ids)
              AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """, connection);
        command.Parameters.AddWithValue("ids", lockIds.Select(id => (long)(uint)id).ToArray());
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
