using System.Text.Json.Nodes;
using Journey.Api.Import;
using Journey.Domain.Timescales;
using Journey.IntegrationTests.Infrastructure;
using Journey.IntegrationTests.Kpis;
using Journey.Projections;
using Journey.Synthetic;
using Marten;
using Npgsql;

namespace Journey.IntegrationTests.Import;

/// <summary>
/// The bulk path against the line-by-line import on the same generated authority-year (fewer
/// children than the KPI fixture's, so the slow path stays quick), with bad lines injected and
/// some children's lines interleaved: the same events per child, the same projection tables, the
/// same refusals by line and rule, and nothing stored by a second run.
/// </summary>
public sealed class BulkImportTests : IAsyncLifetime
{
    private static readonly GeneratorOptions Options = GeneratedAuthorityYear.Options with { ChildrenPerYear = 250 };

    private readonly List<(TestDatabase Database, DocumentStore Store)> _stores = [];
    private string _file = "";

    public async ValueTask InitializeAsync()
    {
        _file = string.Join('\n', File());
        for (var i = 0; i < 2; i++)
        {
            var database = await TestDatabase.Create();
            var store = DocumentStore.For(o => JourneyStore.Configure(o, database.ConnectionString, TimelinessClocks.Default));
            await JourneyStore.Prepare(store, TimelinessClocks.Default, CancellationToken.None);
            _stores.Add((database, store));
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (database, store) in _stores)
        {
            store.Dispose();
            await database.DisposeAsync();
        }
    }

    /// <summary>
    /// The generated lines with the first six children's lines dealt out in turn (so each child's
    /// lines are split over many short runs), and bad lines: not JSON, an unknown type, a front-door
    /// decision for a child with no contact and a second decision on one contact (refused by the
    /// decider), and repeats of earlier lines.
    /// </summary>
    private static List<string> File()
    {
        var children = JourneyGenerator.Children(Options).Select(c => c.Lines.ToList()).ToList();
        var lines = new List<string>();
        var dealt = children.Take(6).ToList();
        for (var i = 0; dealt.Any(c => i < c.Count); i++)
            lines.AddRange(dealt.Where(c => i < c.Count).Select(c => c[i]));
        foreach (var child in children.Skip(6)) lines.AddRange(child);

        var decision = JsonNode.Parse(lines.First(l => l.Contains("\"FrontDoorDecisionMade\"")))!.AsObject();
        decision["childId"] = "KPI-NO-CONTACT";
        var contact = JsonNode.Parse(lines.First(l => l.Contains("\"ContactReceived\"")))!.AsObject();
        contact["type"] = "ContactLost";
        lines.Insert(40, "{not json");
        lines.Insert(80, contact.ToJsonString());
        lines.Insert(120, decision.ToJsonString());
        lines.Insert(400, lines[300]);
        // A second decision on a contact already decided, straight after the first: refused only
        // when the run's earlier lines are folded into the journey in memory.
        var first = lines.FindIndex(200, l => l.Contains("\"FrontDoorDecisionMade\""));
        var again = JsonNode.Parse(lines[first])!.AsObject();
        again["occurredAt"] = DateTimeOffset.Parse(again["occurredAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).AddMinutes(1).ToString("O");
        lines.Insert(first + 1, again.ToJsonString());
        lines.Add(lines[500]);
        return lines;
    }

    [Fact]
    public async Task The_bulk_path_stores_what_the_line_by_line_import_stores_and_refuses_the_same_lines()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var (_, slowStore) = _stores[0];
        var (_, bulkStore) = _stores[1];
        var slow = await new JourneyImporter(slowStore, TimeProvider.System).Import(new StringReader(_file), "generator", cancellation);
        var bulk = await new BulkImporter(bulkStore, TimeProvider.System)
            .Import(new StringReader(_file), "generator", new BulkOptions(Workers: 3, BatchLines: 50, RunLines: 7), cancellation);

        bulk.Refused.ShouldBe(4, string.Join("\n", bulk.Problems.Take(5).Select(p => $"{p.Line} {p.ChildId} {p.Type} {string.Join("; ", p.Violations.Select(v => v.Message))}")));
        Refusals(bulk).ShouldBe(Refusals(slow));
        (bulk.LinesRead, bulk.Stored, bulk.AlreadyImported, bulk.EventsAppended)
            .ShouldBe((slow.LinesRead, slow.Stored, slow.AlreadyImported, slow.EventsAppended));
        bulk.AlreadyImported.ShouldBe(2);

        var tables = await ProjectionTables(_stores[0].Database.ConnectionString);
        tables.ShouldContain("measure_clocks");
        foreach (var table in tables)
            (await Rows(_stores[1].Database.ConnectionString, table)).ShouldBe(await Rows(_stores[0].Database.ConnectionString, table), table);
        (await Rows(_stores[1].Database.ConnectionString, "mt_events")).ShouldBe(await Rows(_stores[0].Database.ConnectionString, "mt_events"));
        (await Rows(_stores[1].Database.ConnectionString, "imported_lines")).ShouldBe(await Rows(_stores[0].Database.ConnectionString, "imported_lines"));

        var again = await new BulkImporter(bulkStore, TimeProvider.System).Import(new StringReader(_file), "generator", new BulkOptions(), cancellation);
        again.Stored.ShouldBe(0);
        again.EventsAppended.ShouldBe(0);
        again.AlreadyImported.ShouldBe(bulk.Stored + bulk.AlreadyImported);
    }

    /// <summary>The refused lines by line number: the bulk path lists them in the order its writers find them.</summary>
    private static List<string> Refusals(ImportReport report) =>
        report.Problems.OrderBy(p => p.Line).Select(p => $"{p.Line} {p.ChildId} {p.Type} {string.Join(",", p.Violations.Select(v => $"{v.Field}:{v.Rule}"))}").ToList();

    /// <summary>Every projection table (Marten's own, the ledger and the hash chain apart, which hold import times and sequence numbers).</summary>
    private static async Task<List<string>> ProjectionTables(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select table_name from information_schema.tables where table_schema = 'journey' and table_type = 'BASE TABLE' " +
            "and table_name not like 'mt_%' and table_name not like 'kpi_kept_%' and table_name not in ('imported_lines', 'event_hashes') order by 1", connection);
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        return tables;
    }

    /// <summary>
    /// A table's rows as sorted text. Events by child and version, without their sequence number,
    /// id and import time (which differ by run); the ledger without its import time; projection
    /// rows without the sequence number of the event that last wrote them.
    /// </summary>
    private static async Task<string> Rows(string connectionString, string table)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var columns = new NpgsqlCommand(
            "select string_agg(column_name, ', ' order by ordinal_position) from information_schema.columns " +
            "where table_schema = 'journey' and table_name = @table and column_name not in ('last_event_sequence', 'sequence', 'seq_id')", connection);
        columns.Parameters.AddWithValue("table", table);
        var select = table switch
        {
            "mt_events" => "select stream_id, version, type, data, timestamp, user_name, headers->>'importedBy' from journey.mt_events",
            "imported_lines" => "select line_hash, child_id, event_type, stream_version, imported_by from journey.imported_lines",
            _ => $"select {await columns.ExecuteScalarAsync()} from journey.{table}",
        };
        await using var command = new NpgsqlCommand($"select count(*) || E'\\n' || coalesce(string_agg(t::text, E'\\n' order by t::text), '') from ({select}) t", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
