namespace Journey.Api.Hosting;

/// <summary>
/// Where the event store lives: JOURNEY_DB (an Npgsql connection string, as ops/db.sh prints it)
/// or ConnectionStrings:Journey.
/// </summary>
public static class JourneyDatabase
{
    public static string ConnectionString(IConfiguration configuration) =>
        configuration["JOURNEY_DB"] is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : configuration.GetConnectionString("Journey")
              ?? throw new InvalidOperationException("No database: set JOURNEY_DB (see ops/db.sh url) or ConnectionStrings:Journey.");
}
