using Journey.Domain.Timescales;
using Journey.Projections;
using Marten;
using Marten.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Weasel.Postgresql;

namespace Journey.IntegrationTests.Infrastructure;

/// <summary>
/// Marten's advisory locks, which Weasel takes through Patched.DistributedLock.Postgres (decision 100).
/// </summary>
public sealed class AdvisoryLockTests(JourneyHost host)
{
    /// <summary>
    /// The lock Marten takes on every start before applying schema changes (MartenActivator, through
    /// Weasel's TryGetGlobalLock): held by one connection, refused to another, gone when released.
    /// </summary>
    [Fact]
    public async Task The_schema_migration_lock_is_exclusive_and_released()
    {
        const int lockId = 48_151_623;
        await using var first = new NpgsqlConnection(host.ConnectionString);
        await using var second = new NpgsqlConnection(host.ConnectionString);
        await first.OpenAsync(TestContext.Current.CancellationToken);
        await second.OpenAsync(TestContext.Current.CancellationToken);

        (await first.TryGetGlobalLock(lockId, TestContext.Current.CancellationToken)).Succeeded.ShouldBeTrue();
        (await HeldAdvisoryLocks(lockId)).ShouldBe(1);
        (await second.TryGetGlobalLock(lockId, TestContext.Current.CancellationToken)).Succeeded.ShouldBeFalse();

        await first.ReleaseGlobalLock(lockId, TestContext.Current.CancellationToken);
        (await HeldAdvisoryLocks(lockId)).ShouldBe(0);
        (await second.TryGetGlobalLock(lockId, TestContext.Current.CancellationToken)).Succeeded.ShouldBeTrue();
        await second.ReleaseGlobalLock(lockId, TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// The async daemon's leader lock in HotCold mode (decision 100): each node's daemon tries Marten's
    /// daemon lock id through Weasel's AdvisoryLock, which calls Patched.DistributedLock.Postgres. Two
    /// nodes are two data sources over the service's own connection string (multiplexing off, as the
    /// store configures it): the first takes the lock, the database shows one session holding it, the
    /// second is refused while it is held and takes it once the first releases it.
    /// </summary>
    [Fact]
    public async Task The_daemon_leader_lock_is_held_by_one_node_and_released()
    {
        var lockId = ((DocumentStore)host.Store).Options.Projections.DaemonLockId;
        var connectionString = JourneyStore.WithoutMultiplexing(host.ServiceConnectionString);
        await using var firstSource = NpgsqlDataSource.Create(connectionString);
        await using var secondSource = NpgsqlDataSource.Create(connectionString);
        await using var first = new AdvisoryLock(firstSource, NullLogger.Instance, "journey-node-1", new AdvisoryLockOptions());
        await using var second = new AdvisoryLock(secondSource, NullLogger.Instance, "journey-node-2", new AdvisoryLockOptions());

        (await first.TryAttainLockAsync(lockId, TestContext.Current.CancellationToken)).ShouldBeTrue();
        first.HasLock(lockId).ShouldBeTrue();
        (await HeldAdvisoryLocks(lockId)).ShouldBe(1);
        (await second.TryAttainLockAsync(lockId, TestContext.Current.CancellationToken)).ShouldBeFalse();
        second.HasLock(lockId).ShouldBeFalse();
        (await HeldAdvisoryLocks(lockId)).ShouldBe(1);

        await first.ReleaseLockAsync(lockId);
        first.HasLock(lockId).ShouldBeFalse();
        (await HeldAdvisoryLocks(lockId)).ShouldBe(0);
        (await second.TryAttainLockAsync(lockId, TestContext.Current.CancellationToken)).ShouldBeTrue();
        await second.ReleaseLockAsync(lockId);
        (await HeldAdvisoryLocks(lockId)).ShouldBe(0);
    }

    /// <summary>
    /// The lock package prepares its statements and refuses a data source that multiplexes, so the store keeps
    /// Npgsql's multiplexing off even when the connection string it is given turns it on (decision 100): the
    /// leader lock is taken through the store's own data source.
    /// </summary>
    [Fact]
    public async Task The_store_keeps_multiplexing_off_so_its_data_source_takes_the_leader_lock()
    {
        var multiplexing = new NpgsqlConnectionStringBuilder(host.ServiceConnectionString) { Multiplexing = true }.ConnectionString;
        await using var store = DocumentStore.For(options => JourneyStore.Configure(options, multiplexing, TimelinessClocks.Default));
        var dataSource = ((MartenDatabase)store.Storage.Database).DataSource;
        var lockId = store.Options.Projections.DaemonLockId;
        await using var node = new AdvisoryLock(dataSource, NullLogger.Instance, "journey-node", new AdvisoryLockOptions());

        (await node.TryAttainLockAsync(lockId, TestContext.Current.CancellationToken)).ShouldBeTrue();
        (await HeldAdvisoryLocks(lockId)).ShouldBe(1);
        await node.ReleaseLockAsync(lockId);
        (await HeldAdvisoryLocks(lockId)).ShouldBe(0);
    }

    private async Task<long> HeldAdvisoryLocks(int lockId)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        // A lock on a 64-bit key k is shown with objid = the low 32 bits of k.
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid = @id AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            connection);
        command.Parameters.AddWithValue("id", (long)lockId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
