using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Weasel.Postgresql;

namespace Journey.IntegrationTests.Infrastructure;

/// <summary>
/// Marten's advisory locks and the DistributedLock.Postgres dependency that reaches us through the
/// local-feed metapackage standing in for Patched.DistributedLock.Postgres (build/local-feed/README.md).
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
    /// The async daemon's leader election (HotCold mode) locks through Weasel's AdvisoryLock, which
    /// calls DistributedLock.Postgres. Weasel resolves every type and member it needs from the
    /// substitute 1.3.1 assembly (a missing or mismatched assembly would throw FileNotFound, TypeLoad
    /// or MissingMethod here), and 1.3.1 then refuses a DbDataSource with its own connection
    /// multiplexing on, which the unlisted 1.3.3 patch addressed. That is why a future async daemon
    /// must run in Solo mode. Should this start taking the lock, the dependency changed: make HotCold
    /// available and turn this into a test of exclusive locking.
    /// </summary>
    [Fact]
    public async Task The_daemon_leader_lock_reaches_distributed_lock_and_meets_its_known_refusal()
    {
        await using var dataSource = NpgsqlDataSource.Create(host.ConnectionString);
        await using var advisoryLock = new AdvisoryLock(dataSource, NullLogger.Instance, "journey-test", new AdvisoryLockOptions());

        var refusal = await Should.ThrowAsync<NotSupportedException>(() => advisoryLock.TryAttainLockAsync(4242, CancellationToken.None));

        refusal.Message.ShouldContain("Multiplexing");
        var thrower = refusal.TargetSite!.DeclaringType!.Assembly.GetName();
        thrower.Name.ShouldBe("DistributedLock.Postgres");
        thrower.Version.ShouldBe(new Version(1, 0, 0, 0));
        (await HeldAdvisoryLocks(4242)).ShouldBe(0);
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
