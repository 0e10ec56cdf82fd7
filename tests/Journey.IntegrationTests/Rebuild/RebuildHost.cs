using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Journey.Api.Demo;
using Journey.IntegrationTests.Infrastructure;
using Journey.Projections.Rebuild;
using Marten;
using Marten.Events;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Weasel.Postgresql.Tables;

namespace Journey.IntegrationTests.Rebuild;

/// <summary>
/// The service (async daemon in Solo mode, as Program runs it) over a database of its own, holding a
/// varied history recorded as the service records it: the demo journeys, a synthetic authority-year
/// (seed 1, from April 2025) through the import, the one journey of docs/events.md that takes every
/// step with the correction and withdrawal its lines import (details corrected, a supervision
/// withdrawn), and corrections and a withdrawal on it through the API (an extension of proceedings
/// shortened, a care leaver's contact withdrawn, an allocation's worker corrected). The projections' tables are what the
/// steps wrote as they were recorded, which a rebuild must give back.
/// </summary>
public sealed class RebuildHost : IAsyncLifetime
{
    public const string DocChild = "REBUILD-DOC";
    public const int SyntheticChildren = 200;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private TestDatabase _database = null!;
    private WebApplicationFactory<Program> _factory = null!;

    public string ConnectionString => _database.ConnectionString;
    public IDocumentStore Store => _factory.Services.GetRequiredService<IDocumentStore>();
    public StoreOptions Options => ((DocumentStore)Store).Options;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.Create();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            // The service as the application role, the schema applied as its owner (decision 58).
            builder.UseSetting("JOURNEY_DB", _database.ServiceConnectionString);
            builder.UseSetting("JOURNEY_DB_OWNER", _database.ConnectionString);
        });
        _ = _factory.Server;
        // The demo set as the `demo` command loads it (decision 104).
        await DemoSet.Load(Store, TimeProvider.System, JourneyHost.DemoDataPath, SyntheticChildren, CancellationToken.None);
        await RecordEveryStep();
        await CorrectAndWithdraw();
        await CaughtUp();
    }

    /// <summary>Marten's own wait: until the async projection has caught up with the events stored when called.</summary>
    public Task CaughtUp() => Store.WaitForNonStaleProjectionDataAsync(Patience);

    /// <summary>The example lines of docs/events.md, one journey through every step, imported for <see cref="DocChild"/>.</summary>
    private async Task RecordEveryStep()
    {
        var document = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "docs", "events.md"));
        var lines = Regex.Matches(document, "```json\n(.+?)\n```").Select(m => m.Groups[1].Value.Replace("DOC-0001", DocChild));
        var content = new StringContent(string.Join("\n", lines), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        var response = await ClientFor("migration.officer", "importer").PostAsync("/api/import", content);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        report["refused"]!.GetValue<int>().ShouldBe(0, report.ToJsonString());
    }

    private async Task CorrectAndWithdraw()
    {
        var worker = ClientFor("sw.sam.taylor");
        await Correct(worker, "ProceedingsExtended", data => data["weeks"] = 6);
        await Correct(worker, "CaseAllocated", data => data["worker"] = "Sam Taylor (corrected)");
        var contact = await Step(worker, "CareLeaverContactMade");
        await worker.RecordOk(DocChild, "withdrawals", new { version = contact["version"]!.GetValue<long>(), reason = "Recorded against the wrong child" });
    }

    private static async Task Correct(HttpClient worker, string type, Action<JsonObject> change)
    {
        var step = await Step(worker, type);
        var replacement = step["data"]!.DeepClone().AsObject();
        change(replacement);
        await worker.RecordOk(DocChild, "corrections", new { version = step["version"]!.GetValue<long>(), reason = "Typed wrongly", replacement });
    }

    private static async Task<JsonNode> Step(HttpClient worker, string type) =>
        (await worker.Timeline(DocChild)).Single(e => e!["type"]!.GetValue<string>() == type)!;

    public HttpClient ClientFor(string subject, params string[] roles)
    {
        var client = _factory.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(5);
        var token = TestTokens.Create(_factory.Services, subject, roles);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient AnonymousClient() => _factory.CreateClient();

    /// <summary>Every table a projection owns, as the rebuild works them out.</summary>
    public IReadOnlyList<string> ProjectionTableNames() =>
        ProjectionTables.Rebuildable(Options).SelectMany(p => ProjectionTables.OwnedBy(p, Options)).ToList();

    /// <summary>The tables of projections that keep their data through a rebuild (Marten's TeardownDataOnRebuild off).</summary>
    public IReadOnlyList<string> KeptTableNames() =>
        ProjectionTables.Rebuildable(Options).OfType<Marten.Events.Projections.EventProjection>()
            .Where(p => !p.Options.TeardownDataOnRebuild)
            .SelectMany(p => p.SchemaObjects.OfType<Table>()).Select(t => t.Identifier.QualifiedName).ToList();

    /// <summary>The tables the store itself declares (reference data, the import ledger), which no rebuild empties.</summary>
    public IReadOnlyList<string> StoreTableNames() =>
        Options.Storage.ExtendedSchemaObjects.OfType<Table>().Select(t => t.Identifier.QualifiedName).ToList();

    public async Task Execute(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        (await command.ExecuteNonQueryAsync()).ShouldBeGreaterThan(0, sql);
    }

    public async Task<List<string>> Strings(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add(reader.IsDBNull(0) ? "<null>" : reader.GetString(0));
        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }
}
