using Npgsql;

namespace Journey.Api.Hosting;

/// <summary>
/// The server JOURNEY_DB names, as the database commands of ops/db.sh read it (db-check, db-url; decision 103): the
/// environment only, so they need none of the service's configuration files, and read with Npgsql's own builder.
/// </summary>
public sealed record DatabaseTarget(string ConnectionString)
{
    public static DatabaseTarget FromEnvironment() =>
        new(JourneyDatabase.ConnectionString(new ConfigurationBuilder().AddEnvironmentVariables().Build()));

    /// <summary>Where and as whom, never the password: host:port, database and user.</summary>
    public string Description
    {
        get
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
            return $"{builder.Host}:{builder.Port} db={builder.Database ?? "<default>"} user={builder.Username ?? "<default>"}";
        }
    }
}
