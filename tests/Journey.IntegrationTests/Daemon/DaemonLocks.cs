using JasperFx.Events.Daemon;
using Journey.Projections;
using Marten;
using Npgsql;

namespace Journey.IntegrationTests.Daemon;

/// <summary>
/// The async daemon's advisory locks as the database shows them, worked out apart from the service's own report:
/// the ids Marten computes for the store's async shards, and the sessions holding them.
/// </summary>
public static class DaemonLocks
{
    /// <summary>One lock per async shard: ProjectionLockIds.Compute over the event schema, the shard and DaemonLockId (HotCold on one database).</summary>
    public static int[] ShardLockIds(StoreOptions options) =>
        options.Projections.AllShards().Select(s => ProjectionLockIds.Compute(JourneyStore.Schema, s.Name, options.Projections.DaemonLockId)).ToArray();

    /// <summary>
    /// The Application Name of each session of this database holding one of these advisory locks: a lock on a 64-bit
    /// key shows with objsubid 1 and the key's low 32 bits as objid.
    /// </summary>
    public static async Task<List<string>> Holders(string connectionString, params int[] lockIds)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT coalesce(a.application_name, '?') FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 AND l.objid::bigint = ANY(@ids)
              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
            ORDER BY 1
            """, connection);
        command.Parameters.AddWithValue("ids", lockIds.Select(id => (long)(uint)id).ToArray());
        var holders = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken)) holders.Add(reader.GetString(0));
        return holders;
    }
}
