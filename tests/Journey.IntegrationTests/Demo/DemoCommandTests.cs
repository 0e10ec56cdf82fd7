using System.Text.Json.Nodes;
using Journey.Api.Demo;
using Journey.IntegrationTests.Infrastructure;
using Npgsql;

namespace Journey.IntegrationTests.Demo;

/// <summary>
/// The `demo` command ops/run.sh runs before the service starts (decision 104): it stores the demo journeys and a
/// synthetic year through the service's rules, and a second run stores nothing new.
/// </summary>
public sealed class DemoCommandTests : IAsyncLifetime
{
    private const int Children = 20;
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.Create();

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_demo_command_loads_the_demo_set_and_a_second_run_stores_nothing_new()
    {
        string[] arguments = ["demo", "--journeys", JourneyHost.DemoDataPath, "--children", $"{Children}"];
        var demoChildren = File.ReadAllLines(JourneyHost.DemoDataPath).Where(l => l.Length > 0)
            .Select(l => JsonNode.Parse(l)!["childId"]!.GetValue<string>()).Distinct().Count();

        var (exit, output) = await ApiCommand.Run(_database.ConnectionString, arguments);
        exit.ShouldBe(0, output);
        output.ShouldContain($"Demo journeys: {demoChildren} children loaded, 0 already present.");
        (await Count("SELECT count(*) FROM journey.mt_streams WHERE id LIKE 'DEMO-0%'")).ShouldBe(demoChildren);
        (await Count($"SELECT count(*) FROM journey.mt_streams WHERE id LIKE '{SyntheticDemoLoader.Prefix}%'")).ShouldBe(Children);
        var events = await Count("SELECT count(*) FROM journey.mt_events");

        (exit, output) = await ApiCommand.Run(_database.ConnectionString, arguments);
        exit.ShouldBe(0, output);
        output.ShouldContain($"Demo journeys: 0 children loaded, {demoChildren} already present.");
        (await Count("SELECT count(*) FROM journey.mt_events")).ShouldBe(events, "a second run stores nothing new");
    }

    private async Task<long> Count(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
