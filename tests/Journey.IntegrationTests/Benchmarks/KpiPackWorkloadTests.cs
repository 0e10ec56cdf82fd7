using Journey.Api.Import;
using Journey.Benchmarks;
using Journey.Domain.Timescales;
using Journey.IntegrationTests.Infrastructure;
using Journey.Projections;
using Journey.Projections.Kpis;
using Journey.Synthetic;
using Marten;
using Npgsql;

namespace Journey.IntegrationTests.Benchmarks;

/// <summary>
/// The benchmark's two KPI pack figures measure what the report calls them: the closed month's repeats read the month
/// kept by the warm-up, and the stale month's repeats, each after <see cref="KpiPackWorkloads.MarkKpiMonthStale"/>, count the
/// month again while the three months before it stay kept.
/// </summary>
public sealed class KpiPackWorkloadTests
{
    [Fact]
    public async Task The_closed_months_pack_is_read_kept_and_the_stale_months_pack_counts_the_month_again()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.Create();
        using var store = DocumentStore.For(o => JourneyStore.Configure(o, database.ConnectionString, TimelinessClocks.Default));
        await JourneyStore.Prepare(store, TimelinessClocks.Default, cancellation);
        // The benchmark's latest authority-year, smaller: it holds the KPI month.
        var lines = string.Join('\n', JourneyGenerator.Lines(new GeneratorOptions(1, Data.LatestYear, 1, 150, Data.Now, "Y000")));
        await new BulkImporter(store, TimeProvider.System).Import(new StringReader(lines), "generator", new BulkOptions(Workers: 1), cancellation);

        var pack = KpiPackWorkloads.KpiPack(store);
        var rows = await pack();
        rows.ShouldBeGreaterThan(0);
        var kept = await Computed(database.ConnectionString);

        (await pack()).ShouldBe(rows);
        (await Computed(database.ConnectionString)).ShouldBe(kept, "a closed month is read as kept, not counted again");

        await KpiPackWorkloads.MarkKpiMonthStale(database.ConnectionString)();
        (await pack()).ShouldBe(rows);
        var after = await Computed(database.ConnectionString);
        after[Data.KpiMonth].ShouldBeGreaterThan(kept[Data.KpiMonth], "the stale month is counted again");
        foreach (var month in kept.Keys.Where(m => m < Data.KpiMonth))
            after[month].ShouldBe(kept[month], $"{month:yyyy-MM}, before the stale month, stays kept");
        kept.Keys.Count(m => m < Data.KpiMonth).ShouldBe(3, "the pack reads the three months before the one it values");
    }

    /// <summary>When each kept month of the as-occurred view was worked out.</summary>
    private static async Task<Dictionary<DateOnly, DateTime>> Computed(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand($"SELECT month, computed_at FROM {KpiKeptSchema.MonthsTableName.QualifiedName} WHERE NOT as_recorded", connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var kept = new Dictionary<DateOnly, DateTime>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken)) kept[reader.GetFieldValue<DateOnly>(0)] = reader.GetDateTime(1);
        return kept;
    }
}
