using Journey.Api.Import;
using Journey.Benchmarks;
using Journey.Domain.Timescales;
using Journey.IntegrationTests.Infrastructure;
using Journey.IntegrationTests.Kpis;
using Journey.Projections;
using Journey.Projections.Import;
using Journey.Projections.Integrity;
using Journey.Projections.Kpis;
using Journey.Projections.Rebuild;
using Journey.Projections.Recording;
using Journey.Synthetic;
using Marten;
using Npgsql;

namespace Journey.IntegrationTests.Benchmarks;

/// <summary>
/// The benchmark's like-for-like ceiling (bench/Journey.Benchmarks/Ceiling.cs, compiled in here) copies every table a
/// bulk load writes: the tables it finds in the catalogue (empty before the load, holding rows after) are exactly those
/// the server counted writes to during a bulk load of a small generated year, and include the event store's, the
/// hash chain's, the ledger's, the recorded steps' and every projection's table that the load filled.
/// </summary>
public sealed class CeilingTablesTests
{
    // PostgreSQL 15 gathers a backend's table counters within 10 s of its last transaction, or as it exits.
    private static readonly TimeSpan StatisticsDelay = TimeSpan.FromSeconds(11);

    [Fact]
    public async Task GivenAnEmptyStore_WhenAYearIsBulkLoaded_ThenTheCeilingCopiesEveryTableTheLoadWrote()
    {
        await using var database = await TestDatabase.Create();
        var cancellation = TestContext.Current.CancellationToken;
        var lines = string.Join('\n', JourneyGenerator.Lines(GeneratedAuthorityYear.Options with { ChildrenPerYear = 200 }));
        using (var setup = DocumentStore.For(o => JourneyStore.Configure(o, database.ConnectionString, TimelinessClocks.Default)))
            await JourneyStore.Prepare(setup, TimelinessClocks.Default, cancellation);
        var empty = await Ceiling.EmptyTables(database.ConnectionString, JourneyStore.Schema);
        var before = await SettledWrites(database.ConnectionString, cancellation); // the reference data's seeding counted before the load

        ImportReport report;
        IReadOnlyList<string> owned;
        using (var store = DocumentStore.For(o => JourneyStore.Configure(o, database.ConnectionString, TimelinessClocks.Default)))
        {
            report = await new BulkImporter(store, TimeProvider.System).Import(new StringReader(lines), "generator", new BulkOptions(Workers: 2), cancellation);
            await AsyncProjections.CatchUp(store); // the recorded steps: a load is measured with its projections complete
            owned = ProjectionTables.Rebuildable(store.Options).SelectMany(p => ProjectionTables.OwnedBy(p, store.Options)).ToList();
        }
        var after = await SettledWrites(database.ConnectionString, cancellation);
        var written = after.Where(a => a.Value > before.GetValueOrDefault(a.Key)).Select(a => a.Key).ToList();

        var ceiling = await Ceiling.HoldingRows(database.ConnectionString, empty);
        // The KPI months' marks (decision 143) hold a row before any load, from the start-up's check, and a load adds one
        // per transaction, not per event: the one table the load writes that the ceiling, which copies tables the load
        // filled from empty, leaves out.
        written.Except(empty).ShouldBe([KpiKeptSchema.MarksTableName.QualifiedName]);
        ceiling.ShouldBe(written.Intersect(empty), ignoreOrder: true);
        var events = $"{JourneyStore.Schema}.mt_events";
        ceiling.ShouldContain(events);
        ceiling.ShouldContain($"{JourneyStore.Schema}.mt_streams");
        ceiling.ShouldContain(EventHashSchema.HashesTable.QualifiedName);
        ceiling.ShouldContain(ImportSchema.ImportedLinesTable.QualifiedName);
        ceiling.ShouldContain(RecordedStepsProjection.StepsTable.QualifiedName);
        // Every projection table the load filled is among them; those it left empty hold nothing to copy.
        var filled = await Ceiling.HoldingRows(database.ConnectionString, owned);
        filled.Count.ShouldBeGreaterThan(3);
        filled.ShouldAllBe(table => ceiling.Contains(table));

        var run = await Ceiling.CopyIn(database.ConnectionString, await Ceiling.CopyOut(database.ConnectionString, ceiling));
        run.Tables.Select(t => t.Table).ShouldBe(ceiling);
        run.Tables.First(t => t.Table == events).Rows.ShouldBe(report.EventsAppended);
    }

    /// <summary>
    /// Rows inserted, updated and deleted so far, per table, as the server counts them, once every connection has
    /// closed and the server has gathered their counts.
    /// </summary>
    private static async Task<Dictionary<string, long>> SettledWrites(string connectionString, CancellationToken cancellation)
    {
        NpgsqlConnection.ClearAllPools();
        await Task.Delay(StatisticsDelay, cancellation);
        return await Writes(connectionString);
    }

    /// <summary>Rows inserted, updated and deleted so far, per table, as the server counts them.</summary>
    private static async Task<Dictionary<string, long>> Writes(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select format('%I.%I', schemaname, relname), n_tup_ins + n_tup_upd + n_tup_del from pg_stat_user_tables", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var writes = new Dictionary<string, long>();
        while (await reader.ReadAsync()) writes[reader.GetString(0)] = reader.GetInt64(1);
        return writes;
    }
}
