using JasperFx;
using JasperFx.Events.Daemon;
using Marten;
using Marten.Storage;
using Npgsql;

namespace Journey.Api.Daemon;

/// <summary>
/// Who runs one async shard. In HotCold mode Marten elects a node per async shard: the node whose
/// daemon holds the shard's advisory lock (<see cref="LockId"/>, <c>ProjectionLockIds.Compute</c> over the
/// event schema, the shard and the store's <c>DaemonLockId</c>) runs it, the others poll for the lock.
/// </summary>
public sealed record ShardLeadership(string Shard, int LockId, bool HeldHere, bool RunningHere, bool HeldElsewhere);

/// <summary>
/// The daemon's leadership as this node sees it (decision 102): <see cref="HoldsLeadership"/> when this node
/// holds the lock of every async shard (Journey has one, RecordedSteps), so runs the async projections.
/// </summary>
public sealed record DaemonLeadershipReport(string Mode, bool HoldsLeadership, IReadOnlyList<ShardLeadership> Shards);

/// <summary>
/// Reads the leadership from Marten's own distributor (which shard sets there are, and which locks this node's
/// daemon holds) and from pg_locks (whether another session, so another node, holds one).
/// </summary>
public static class DaemonLeadership
{
    /// <summary>
    /// How often a node without a shard's lock tries to take it (Marten's default is 5 s): the longest a
    /// failover waits once the leader's session has ended, and how soon a paused shard is restarted.
    /// One pg_try_advisory_lock per shard per second on each waiting node costs the database nothing noticeable.
    /// </summary>
    public const int LeadershipPollingMilliseconds = 1000;

    public static void Configure(StoreOptions options) => options.Projections.LeadershipPollingTime = LeadershipPollingMilliseconds;

    public static async Task<DaemonLeadershipReport> ReadAsync(IProjectionCoordinator coordinator, IDocumentStore store, CancellationToken cancellation)
    {
        var mode = ((DocumentStore)store).Options.Projections.AsyncMode;
        var distributor = (coordinator as ProjectionCoordinatorBase)?.Distributor;
        if (distributor is null) return new DaemonLeadershipReport(mode.ToString(), false, []);

        var daemon = coordinator.DaemonForMainDatabase();
        var sets = (await distributor.BuildDistributionAsync()).OrderBy(s => s.LockId).ToList();
        var held = await LocksHeld(store, sets.Select(s => s.LockId).ToArray(), cancellation);
        var shards = sets.Select(set =>
        {
            var here = distributor.HasLock(set);
            var running = set.Names.All(name => daemon.StatusFor(name.Identity) == AgentStatus.Running);
            return new ShardLeadership(string.Join(", ", set.Names.Select(n => n.Identity)), set.LockId, here, running, !here && held.Contains(set.LockId));
        }).ToList();
        return new DaemonLeadershipReport(mode.ToString(), shards.Count > 0 && shards.All(s => s.HeldHere), shards);
    }

    /// <summary>
    /// Which of these advisory locks some session of this database holds. A lock taken on a 64-bit key shows
    /// in pg_locks with objsubid 1 and the key's low 32 bits as objid (PostgreSQL, "pg_locks": "A bigint key
    /// is displayed with its high-order half in the classid column, its low-order half in the objid column,
    /// and objsubid equal to 1").
    /// </summary>
    private static async Task<HashSet<int>> LocksHeld(IDocumentStore store, int[] lockIds, CancellationToken cancellation)
    {
        if (lockIds.Length == 0) return [];
        await using var connection = await ((MartenDatabase)store.Storage.Database).DataSource.OpenConnectionAsync(cancellation);
        await using var command = new NpgsqlCommand("""
            SELECT objid::bigint FROM pg_locks
            WHERE locktype = 'advisory' AND granted AND objsubid = 1 AND objid::bigint = ANY(@ids)
              AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """, connection);
        command.Parameters.AddWithValue("ids", lockIds.Select(id => (long)(uint)id).ToArray());
        var held = new HashSet<int>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation)) held.Add((int)(uint)reader.GetInt64(0));
        return held;
    }
}
