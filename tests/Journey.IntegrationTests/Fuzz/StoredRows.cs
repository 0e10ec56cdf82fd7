using Journey.IntegrationTests.Infrastructure;
using Marten;
using Marten.Events;
using Marten.Events.Projections;
using Npgsql;
using Weasel.Postgresql.Tables;

namespace Journey.IntegrationTests.Fuzz;

/// <summary>
/// How many rows the store holds, table by table: the events and streams, every table a projection
/// writes (inline and async, the hash chain included) and the store's own tables (the import ledger,
/// reference data). The access log is left out: a refused read of a child's record is still logged,
/// by design (decision 46).
/// </summary>
public static class StoredRows
{
    public static async Task<IReadOnlyDictionary<string, long>> Count(JourneyHost host)
    {
        await host.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        var options = ((DocumentStore)host.Store).Options;
        var schema = options.Events.DatabaseSchemaName;
        var tables = options.Projections.All.OfType<EventProjection>().SelectMany(p => p.SchemaObjects.OfType<Table>())
            .Concat(options.Storage.ExtendedSchemaObjects.OfType<Table>())
            .Select(t => t.Identifier.QualifiedName)
            .Append($"{schema}.mt_events").Append($"{schema}.mt_streams")
            .Where(name => !name.EndsWith(".access_log", StringComparison.Ordinal))
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToArray();

        var counts = new Dictionary<string, long>();
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
            counts[table] = (long)(await command.ExecuteScalarAsync())!;
        }
        return counts;
    }
}
