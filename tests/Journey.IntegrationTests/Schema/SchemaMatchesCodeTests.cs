using Journey.IntegrationTests.Infrastructure;
using Npgsql;

namespace Journey.IntegrationTests.Schema;

/// <summary>
/// A store whose schema is as the code says asserts clean (decision 158): after `db-setup` on an empty database,
/// JasperFx's `db-assert` finds no difference, and a second `db-setup` drops and re-creates none of the store's
/// functions, views and triggers, where each had been seen as changed and made again at every start.
/// </summary>
public sealed class SchemaMatchesCodeTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.Create();

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task GivenAFreshDatabase_WhenDbSetupHasRun_ThenDbAssertFindsNoDifferenceAndASecondDbSetupMakesNothingAgain()
    {
        var (exit, output) = await ApiCommand.Run(_database.ConnectionString, "db-setup");
        exit.ShouldBe(0, output);
        var made = await Objects();
        made.Count(o => o.StartsWith("function ", StringComparison.Ordinal)).ShouldBeGreaterThan(50);
        made.ShouldContain(o => o.StartsWith("view ", StringComparison.Ordinal));
        made.ShouldContain(o => o.StartsWith("trigger ", StringComparison.Ordinal));

        (exit, output) = await ApiCommand.Run(_database.ConnectionString, "db-assert");
        output.ShouldNotContain("does not match", customMessage: output);
        output.ShouldContain("No database differences detected for 'Main'", customMessage: output);
        exit.ShouldBe(0, output);

        (exit, output) = await ApiCommand.Run(_database.ConnectionString, "db-setup");
        exit.ShouldBe(0, output);
        (await Objects()).ShouldBe(made, "an object dropped and created again has another oid");
    }

    [Fact]
    public async Task GivenAFunctionChangedByHand_WhenDbSetupRuns_ThenItIsReplacedInPlaceAndTheViewUsingItStays()
    {
        var (exit, output) = await ApiCommand.Run(_database.ConnectionString, "db-setup");
        exit.ShouldBe(0, output);
        var made = await Objects();
        var definition = await Scalar("SELECT pg_get_functiondef('journey.measures_as_at'::regproc)");
        await Scalar(definition.Replace("SELECT", "SELECT /* by hand */", StringComparison.Ordinal));

        (exit, output) = await ApiCommand.Run(_database.ConnectionString, "db-assert");
        exit.ShouldNotBe(0, output);
        output.ShouldContain("measures_as_at", customMessage: output);

        (exit, output) = await ApiCommand.Run(_database.ConnectionString, "db-setup");
        exit.ShouldBe(0, output);
        (await Scalar("SELECT pg_get_functiondef('journey.measures_as_at'::regproc)")).ShouldBe(definition);
        (await Objects()).ShouldBe(made, "the function keeps its oid, and the measures view, which reads it, is not dropped");
    }

    private async Task<string> Scalar(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))?.ToString() ?? "";
    }

    /// <summary>The journey schema's functions, views and triggers, each with its oid, which a drop and create changes.</summary>
    private async Task<List<string>> Objects()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand("""
            SELECT 'function ' || p.oid::regprocedure::text || ' ' || p.oid FROM pg_proc p WHERE p.pronamespace = 'journey'::regnamespace
            UNION ALL
            SELECT 'view ' || c.relname || ' ' || c.oid FROM pg_class c WHERE c.relnamespace = 'journey'::regnamespace AND c.relkind = 'v'
            UNION ALL
            SELECT 'trigger ' || t.tgname || ' on ' || c.relname || ' ' || t.oid
            FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = 'journey'::regnamespace AND NOT t.tgisinternal
            ORDER BY 1
            """, connection);
        var objects = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation)) objects.Add(reader.GetString(0));
        return objects;
    }
}
