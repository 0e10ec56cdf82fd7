using Journey.Domain.Timescales;
using Journey.IntegrationTests.Infrastructure;
using Journey.Projections;
using Marten;
using Npgsql;

namespace Journey.IntegrationTests.SqlFiles;

/// <summary>
/// A store of its own with the schema and reference data (calendar, rulebook, KPI pack) and no events, for
/// the tests that call a function or view of the .sql files directly: each puts the rows the object reads
/// into its tables and reads the object's rows, in one transaction rolled back afterwards, so no test sees
/// another's rows.
/// </summary>
public sealed class EmptyStore : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.Create();
        await using var store = DocumentStore.For(options => JourneyStore.Configure(options, _database.ConnectionString, TimelinessClocks.Default));
        await JourneyStore.Prepare(store, TimelinessClocks.Default, CancellationToken.None);
    }

    /// <summary>Runs <paramref name="setup"/> (the rows put in), then <paramref name="query"/>, and rolls both back: the query's rows, each as column to value.</summary>
    public async Task<List<Dictionary<string, object?>>> Rows(string setup, string query)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        if (setup.Length > 0)
        {
            await using var put = new NpgsqlCommand(setup, connection, transaction);
            await put.ExecuteNonQueryAsync(cancellation);
        }
        var rows = new List<Dictionary<string, object?>>();
        await using (var read = new NpgsqlCommand(query, connection, transaction))
        await using (var reader = await read.ExecuteReaderAsync(cancellation))
        {
            while (await reader.ReadAsync(cancellation))
                rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)));
        }
        await transaction.RollbackAsync(cancellation);
        return rows;
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();
}
