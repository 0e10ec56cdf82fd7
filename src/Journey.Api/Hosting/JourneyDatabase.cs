using Journey.Projections.Roles;
using Npgsql;

namespace Journey.Api.Hosting;

/// <summary>
/// Where the event store lives and as whom Journey connects (decision 58, docs/operations.md "Database roles"):
/// JOURNEY_DB (or ConnectionStrings:Journey) is the service's own connection, as the application role;
/// JOURNEY_DB_OWNER (or ConnectionStrings:JourneyOwner) is the schema owner's, used only to change the
/// schema. Without an owner connection, JOURNEY_DB does both (one role, as before roles were split).
/// </summary>
public static class JourneyDatabase
{
    public static string ConnectionString(IConfiguration configuration) =>
        configuration["JOURNEY_DB"] is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : configuration.GetConnectionString("Journey")
              ?? throw new InvalidOperationException("No database: set JOURNEY_DB (see ops/db.sh url) or ConnectionStrings:Journey.");

    /// <summary>
    /// The service's own connection with a statement timeout (decision 76): PostgreSQL cancels any statement of the
    /// service's sessions that runs longer than Journey:Database:StatementTimeoutSeconds (default 30; 0 for none), so one
    /// request's query cannot hold a connection, and the locks it took, from everyone else. It is set on every session
    /// the connection string opens (Options=-c statement_timeout=…), so it holds whatever the pool hands out; a
    /// statement_timeout the operator put in the connection string's Options is kept. The commands (rebuild, import,
    /// verify, db-setup) connect as the owner without it, and so does the service's own rebuild. Its pool is sized to the
    /// cores (<see cref="ConnectionPool"/>, decision 162).
    /// </summary>
    public static string ServiceConnectionString(IConfiguration configuration)
    {
        var given = ConnectionString(configuration);
        var connection = new NpgsqlConnectionStringBuilder(given);
        ConnectionPool.Size(connection, given, configuration);
        var seconds = StatementTimeoutSeconds(configuration);
        if (seconds == 0 || connection.Options?.Contains("statement_timeout", StringComparison.OrdinalIgnoreCase) == true) return connection.ConnectionString;
        connection.Options = $"{connection.Options} -c statement_timeout={seconds}s".Trim();
        return connection.ConnectionString;
    }

    public static int StatementTimeoutSeconds(IConfiguration configuration) =>
        configuration.GetValue("Journey:Database:StatementTimeoutSeconds", 30) is >= 0 and var seconds ? seconds
            : throw new InvalidOperationException("Journey:Database:StatementTimeoutSeconds must be 0 (no timeout) or more.");

    /// <summary>The schema owner's connection: JOURNEY_DB_OWNER, ConnectionStrings:JourneyOwner, else the service's own.</summary>
    public static string OwnerConnectionString(IConfiguration configuration) =>
        configuration["JOURNEY_DB_OWNER"] is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : configuration.GetConnectionString("JourneyOwner") is { Length: > 0 } configured ? configured : ConnectionString(configuration);

    /// <summary>
    /// Whether the service brings the schema up to date as it starts (Journey:Database:ApplySchemaOnStartup,
    /// default true): through the owner's connection when one is given. A production service that holds only
    /// the application role's connection sets it false; the schema is then applied by the db-setup command.
    /// </summary>
    public static bool ApplySchemaOnStartup(IConfiguration configuration) =>
        configuration.GetValue("Journey:Database:ApplySchemaOnStartup", true);

    /// <summary>The roles granted the service's privileges and the analysts' (Journey:Database:ServiceRole, :AnalystRole).</summary>
    public static DatabaseRoleNames Roles(IConfiguration configuration) => new(
        configuration["Journey:Database:ServiceRole"] is { Length: > 0 } service ? service : DatabaseRoleNames.Default.Service,
        configuration["Journey:Database:AnalystRole"] is { Length: > 0 } analyst ? analyst : DatabaseRoleNames.Default.Analyst);

    /// <summary>
    /// A command (db-apply, db-setup, rebuild, verify, import, …) changes or may change the schema, so it
    /// connects as the owner; the service (no command, "run", or only flags such as --urls) as itself.
    /// </summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && !args[0].StartsWith('-') && !args[0].Equals("run", StringComparison.OrdinalIgnoreCase);
}
