using System.Text;
using Journey.Projections.Access;
using Journey.Projections.Disposal;
using Journey.Projections.Integrity;
using Npgsql;

namespace Journey.Projections.Roles;

/// <summary>
/// What the schema owner does after every schema change (decision 58): keeps the pseudonym key in a private
/// schema nobody else can read, grants the service role DML on the tables it writes but no UPDATE, DELETE or
/// TRUNCATE on the access log, the hash chain or the events, and rebuilds the analysts' pseudonymised views.
/// Idempotent, in one transaction; a role that does not exist is left out (one-role deployments keep working).
/// </summary>
public static class DatabaseAccess
{
    public const string PrivateSchema = "journey_private";
    public static readonly string KeyTable = $"{PrivateSchema}.pseudonym_key";

    /// <summary>Tables the service may add to but never change or empty: what auditors rely on.</summary>
    private static readonly string[] AppendOnly = [AccessLogSchema.Table.QualifiedName, EventHashSchema.HashesTable.QualifiedName];

    /// <summary>
    /// The disposals' chain is written only by journey.dispose_child, with the owner's rights, which only the
    /// service may execute (decision 67): functions are executable by PUBLIC unless revoked.
    /// </summary>
    private static readonly string DisposalGuard = $"""
        REVOKE ALL ON FUNCTION {DisposalFunction.Signature} FROM PUBLIC;
        """;

    public static async Task<DatabaseAccessReport> Apply(NpgsqlConnection owner, DatabaseRoleNames roles, string? pseudonymKey, CancellationToken cancellation)
    {
        await using var transaction = await owner.BeginTransactionAsync(cancellation);
        // Serialises two owners applying at once (two test hosts, a command beside a starting service).
        await Run(owner, "SELECT pg_advisory_xact_lock(hashtext('journey.database_access'))", cancellation);
        await Run(owner, $"""
            CREATE SCHEMA IF NOT EXISTS {PrivateSchema};
            REVOKE ALL ON SCHEMA {PrivateSchema} FROM PUBLIC;
            CREATE EXTENSION IF NOT EXISTS pgcrypto SCHEMA {PrivateSchema};
            CREATE TABLE IF NOT EXISTS {KeyTable} (
              singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
              key bytea NOT NULL,
              set_at timestamptz NOT NULL DEFAULT now());
            REVOKE ALL ON {KeyTable} FROM PUBLIC;
            """, cancellation);
        var keyWritten = false;
        if (!string.IsNullOrEmpty(pseudonymKey))
        {
            await using var write = new NpgsqlCommand($"""
                INSERT INTO {KeyTable} (key) VALUES (@key)
                ON CONFLICT (singleton) DO UPDATE SET key = excluded.key, set_at = now() WHERE {KeyTable}.key IS DISTINCT FROM excluded.key
                """, owner, transaction);
            // The same bytes the API's HMAC is keyed with (Pseudonyms: UTF-8 of Journey:Pseudonyms:Key).
            write.Parameters.AddWithValue("key", Encoding.UTF8.GetBytes(pseudonymKey));
            await write.ExecuteNonQueryAsync(cancellation);
            keyWritten = true;
        }

        var views = await AnalyticsViews.Build(owner, await CryptoSchema(owner, cancellation), cancellation);
        await Run(owner, DisposalGuard, cancellation);
        var service = await Exists(owner, roles.Service, cancellation);
        if (service) await Run(owner, ServiceGrants(Quote(roles.Service)), cancellation);
        var analyst = await Exists(owner, roles.Analyst, cancellation);
        if (analyst) await Run(owner, AnalystGrants(Quote(roles.Analyst)), cancellation);

        await transaction.CommitAsync(cancellation);
        return new DatabaseAccessReport(service, analyst, keyWritten, views);
    }

    private static string ServiceGrants(string role) => $"""
        GRANT USAGE ON SCHEMA {JourneyStore.Schema} TO {role};
        REVOKE CREATE ON SCHEMA {JourneyStore.Schema} FROM {role};
        GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA {JourneyStore.Schema} TO {role};
        GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {JourneyStore.Schema} TO {role};
        GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {JourneyStore.Schema} TO {role};
        REVOKE UPDATE, DELETE, TRUNCATE ON {string.Join(", ", AppendOnly)} FROM {role};
        -- Events are never deleted. UPDATE stays: the rebuild's pause locks mt_events IN EXCLUSIVE MODE, which
        -- PostgreSQL allows only with UPDATE, DELETE or TRUNCATE; an altered event breaks its child's hash chain.
        REVOKE DELETE, TRUNCATE ON {JourneyStore.Schema}.mt_events FROM {role};
        -- Disposals are read by the service and written only through the function (decision 67).
        REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {DisposalSchema.Table.QualifiedName} FROM {role};
        REVOKE ALL ON SCHEMA {AnalyticsViews.Schema} FROM {role};
        """;

    private static string AnalystGrants(string role) => $"""
        REVOKE ALL ON ALL TABLES IN SCHEMA {JourneyStore.Schema} FROM {role};
        REVOKE ALL ON SCHEMA {JourneyStore.Schema} FROM {role};
        GRANT USAGE ON SCHEMA {AnalyticsViews.Schema} TO {role};
        GRANT SELECT ON ALL TABLES IN SCHEMA {AnalyticsViews.Schema} TO {role};
        GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {AnalyticsViews.Schema} TO {role};
        GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {AnalyticsViews.PrivateSchema} TO {role};
        """;

    /// <summary>Where pgcrypto lives: created in the private schema here, or wherever a DBA installed it before.</summary>
    private static async Task<string> CryptoSchema(NpgsqlConnection owner, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand("SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pgcrypto'", owner);
        return (string)(await command.ExecuteScalarAsync(cancellation))!;
    }

    private static async Task<bool> Exists(NpgsqlConnection owner, string role, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = @role)", owner);
        command.Parameters.AddWithValue("role", role);
        return (bool)(await command.ExecuteScalarAsync(cancellation))!;
    }

    internal static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    internal static async Task Run(NpgsqlConnection connection, string sql, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellation);
    }
}

/// <summary>What <see cref="DatabaseAccess.Apply"/> did: whether each role existed to be granted, whether a key was written, how many analytics objects it made.</summary>
public sealed record DatabaseAccessReport(bool ServiceRoleGranted, bool AnalystRoleGranted, bool KeyWritten, int AnalyticsObjects);
