using Journey.Domain.Timescales;
using Journey.Projections;
using Marten;
using Npgsql;

namespace Journey.Benchmarks;

/// <summary>The benchmark's own database (dropped and made again each run) and its store, set up as start-up does.</summary>
public static class BenchStore
{
    public const string DatabaseName = "journey_bench";

    public static async Task<string> Recreate(string server)
    {
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            foreach (var sql in new[] { $"DROP DATABASE IF EXISTS {DatabaseName} WITH (FORCE)", $"CREATE DATABASE {DatabaseName}" })
            {
                await using var command = new NpgsqlCommand(sql, connection);
                await command.ExecuteNonQueryAsync();
            }
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = DatabaseName, MaxPoolSize = 100 }.ConnectionString;
    }

    public static async Task<DocumentStore> Open(string connectionString)
    {
        var store = DocumentStore.For(o => JourneyStore.Configure(o, connectionString, TimelinessClocks.Default));
        await JourneyStore.Prepare(store, TimelinessClocks.Default, CancellationToken.None);
        return store;
    }

    public static async Task<long> Scalar(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
