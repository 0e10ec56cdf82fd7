using Journey.IntegrationTests.Infrastructure;
using Npgsql;

namespace Journey.IntegrationTests.Roles;

/// <summary>
/// The service connects as the application role (decision 58): it records as usual, but PostgreSQL itself
/// refuses it any change to the access log, the hash chain or the events' history, and any DDL; only the
/// schema's owner could drop the triggers that guard the access log.
/// </summary>
public sealed class ServiceRoleTests(JourneyHost host)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_service_records_a_step_connected_as_the_application_role()
    {
        await using (var service = host.Store.Storage.Database.CreateConnection())
        {
            await service.OpenAsync(Cancel);
            await using var whoAmI = new NpgsqlCommand("SELECT current_user", service);
            ((string)(await whoAmI.ExecuteScalarAsync(Cancel))!).ShouldBe("journey_app");
        }

        var child = JourneyApi.NewChildId();
        var worker = host.ClientFor("sw.sam.taylor");
        await worker.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "3B", concerns = "Bruising", consent = "Given" });
        (await worker.GetAsync($"/api/children/{child}/timeline", Cancel)).EnsureSuccessStatusCode();

        (await Owner($"SELECT count(*)::text FROM journey.mt_events WHERE stream_id = '{child}'")).ShouldBe("1");
        (await Owner($"SELECT count(*)::text FROM journey.event_hashes WHERE stream_id = '{child}'")).ShouldBe("1");
        (await Owner($"SELECT count(*)::text FROM journey.access_log WHERE '{child}' = ANY (child_ids)")).ShouldBe("1");
        (await Owner($"SELECT count(*)::text FROM journey.measure_clocks WHERE child_id = '{child}'")).ShouldNotBe("0");
    }

    [Theory]
    [InlineData("UPDATE journey.access_log SET user_name = 'nobody'", "access_log")]
    [InlineData("DELETE FROM journey.access_log", "access_log")]
    [InlineData("TRUNCATE journey.access_log", "access_log")]
    [InlineData("UPDATE journey.event_hashes SET hash = prev_hash", "event_hashes")]
    [InlineData("DELETE FROM journey.event_hashes", "event_hashes")]
    [InlineData("TRUNCATE journey.event_hashes", "event_hashes")]
    [InlineData("DELETE FROM journey.mt_events", "mt_events")]
    [InlineData("TRUNCATE journey.mt_events", "mt_events")]
    public async Task PostgreSQL_refuses_the_application_role_any_change_to_the_audit_trail(string sql, string table)
    {
        var refused = await Refused(sql);
        // The privilege check, not the access log's trigger (which raises the same SQLSTATE with its own words).
        refused.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        refused.MessageText.ShouldBe($"permission denied for table {table}");
    }

    [Theory]
    [InlineData("CREATE TABLE journey.shadow (id int)", "permission denied for schema journey")]
    [InlineData("DROP TRIGGER access_log_no_change ON journey.access_log", "must be owner of relation access_log")]
    [InlineData("ALTER TABLE journey.event_hashes DROP COLUMN hash", "must be owner of table event_hashes")]
    [InlineData("CREATE OR REPLACE FUNCTION journey.chain_event(p_stream text, p_version bigint, p_by text) RETURNS integer LANGUAGE sql AS 'SELECT 0'", "permission denied for schema journey")]
    [InlineData("CREATE SCHEMA shadow", "permission denied for database")]
    public async Task PostgreSQL_refuses_the_application_role_any_DDL(string sql, string message)
    {
        var refused = await Refused(sql);
        refused.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        refused.MessageText.ShouldStartWith(message);
    }

    [Fact]
    public async Task The_application_role_cannot_read_the_pseudonym_key()
    {
        var refused = await Refused("SELECT key FROM journey_private.pseudonym_key");
        refused.MessageText.ShouldBe("permission denied for schema journey_private");
    }

    private async Task<PostgresException> Refused(string sql)
    {
        await using var connection = new NpgsqlConnection(host.ServiceConnectionString);
        await connection.OpenAsync(Cancel);
        await using var transaction = await connection.BeginTransactionAsync(Cancel);
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        return await Should.ThrowAsync<PostgresException>(() => command.ExecuteNonQueryAsync(Cancel));
    }

    private async Task<string> Owner(string sql)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync(Cancel);
        await using var command = new NpgsqlCommand(sql, connection);
        return (string)(await command.ExecuteScalarAsync(Cancel))!;
    }
}
