using System.Net;
using Journey.Api.Hosting;
using Journey.IntegrationTests.Infrastructure;
using Journey.Projections.Rebuild;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Journey.IntegrationTests.Limits;

/// <summary>
/// The statement timeout on the service's sessions (decision 76), on a service configured with 2 seconds: its own
/// connections run with it and a longer statement is cancelled; a read stopped by it answers 503 with a problem that
/// shows no SQL; the rebuild and the whole-store verification, which legitimately run long, are not stopped by it.
/// The waits below only outlast the timeout; nothing is asserted about how long anything took.
/// </summary>
[Collection(LimitsHost.Collection)]
public sealed class StatementTimeoutTests(LimitsHost fixture, JourneyHost shared)
{
    private JourneyHost Host => fixture.Host;
    private static readonly TimeSpan PastTheTimeout = TimeSpan.FromSeconds(LimitsHost.StatementTimeoutSeconds + 2);

    [Fact]
    public async Task The_services_sessions_run_with_the_timeout_and_a_longer_statement_is_cancelled()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var connection = Host.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);

        (await Scalar(connection, "SHOW statement_timeout")).ShouldBe($"{LimitsHost.StatementTimeoutSeconds}s");
        var cancelled = await Should.ThrowAsync<PostgresException>(() => Scalar(connection, $"SELECT pg_sleep({LimitsHost.StatementTimeoutSeconds + 1})::text"));
        cancelled.SqlState.ShouldBe(PostgresErrorCodes.QueryCanceled);

        // The default, on the shared service: 30 seconds.
        await using var sharedConnection = shared.Store.Storage.Database.CreateConnection();
        await sharedConnection.OpenAsync(cancellation);
        (await Scalar(sharedConnection, "SHOW statement_timeout")).ShouldBe("30s");
        // The rebuild's own store (the command's, and the service's rebuild) has none.
        using var replay = Host.Services.GetRequiredService<ReplayStoreFactory>().Open();
        await using var rebuildConnection = replay.Storage.Database.CreateConnection();
        await rebuildConnection.OpenAsync(cancellation);
        (await Scalar(rebuildConnection, "SHOW statement_timeout")).ShouldBe("0");
    }

    [Fact]
    public async Task A_read_stopped_by_the_timeout_answers_503_with_a_problem_showing_no_sql()
    {
        var cancellation = TestContext.Current.CancellationToken;
        // The measure clocks held by another session for longer than the timeout: the read waits, and is stopped.
        await using var holder = await Hold("LOCK TABLE journey.measure_clocks IN ACCESS EXCLUSIVE MODE");

        var response = await Host.ClientFor("timeout.auditor", "auditor").GetAsync("/api/measures?childId=T-TIMEOUT", cancellation);

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadAsStringAsync(cancellation);
        (await response.ReadJson())["type"]!.GetValue<string>().ShouldBe(StatementTimeoutHandler.Type);
        foreach (var sql in new[] { "select", "measure_clocks", "from ", "statement_timeout", "57014", "canceling" })
            body.ShouldNotContain(sql, Case.Insensitive);
    }

    [Fact]
    public async Task The_rebuild_in_the_service_waits_past_the_timeout_for_recording_to_pause()
    {
        var cancellation = TestContext.Current.CancellationToken;
        Task<HttpResponseMessage> rebuild;
        // An append under way (the event table held as an append holds it) for longer than the timeout: the rebuild's pause waits for it.
        await using (var append = await Hold("LOCK TABLE journey.mt_events IN ROW EXCLUSIVE MODE"))
        {
            rebuild = Host.ClientFor("timeout.admin", "administrator").PostAsync("/api/admin/rebuild", null, cancellation);
            await WaitingOnALock("journey.mt_events");
            await Task.Delay(PastTheTimeout, cancellation);
        }

        var response = await rebuild;
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(cancellation));
    }

    [Fact]
    public async Task The_whole_store_verification_reads_past_the_timeout()
    {
        var cancellation = TestContext.Current.CancellationToken;
        Task<HttpResponseMessage> verification;
        await using (var holder = await Hold("LOCK TABLE journey.event_hashes IN ACCESS EXCLUSIVE MODE"))
        {
            verification = Host.ClientFor("timeout.verifier", "auditor").GetAsync("/api/verification", cancellation);
            await WaitingOnALock("journey.event_hashes");
            await Task.Delay(PastTheTimeout, cancellation);
        }

        var response = await verification;
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(cancellation));
    }

    private static async Task<string> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (string)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    /// <summary>A session of the owner's holding a lock in an open transaction until disposed.</summary>
    private async Task<IAsyncDisposable> Hold(string lockStatement)
    {
        var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var transaction = await connection.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await using (var command = new NpgsqlCommand(lockStatement, connection, transaction))
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        return new Held(connection, transaction);
    }

    private sealed record Held(NpgsqlConnection Connection, NpgsqlTransaction Transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }

    /// <summary>Until a session waits for a lock on <paramref name="table"/> (at most a minute): pg_locks, which every role may read.</summary>
    private async Task WaitingOnALock(string table)
    {
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var until = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = @table::regclass", connection);
            command.Parameters.AddWithValue("table", table);
            if ((long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))! > 0) return;
            DateTime.UtcNow.ShouldBeLessThan(until, $"nothing came to wait for a lock on {table}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
