using System.Net.Http.Headers;
using JasperFx.Events.Daemon;
using Journey.IntegrationTests.Infrastructure;
using Journey.Projections.Recording;
using Marten;
using Marten.Events;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Journey.IntegrationTests.Daemon;

/// <summary>
/// A second instance of the service, configured as Program configures it (async daemon in HotCold
/// mode), over a database of its own with no demo data: nothing but these tests appends there, so
/// the daemon's progress and lag are the tests' to control (pause, append, read, resume). The
/// tests that use it run one at a time (collection "daemon").
/// </summary>
public sealed class DaemonHost : IAsyncLifetime
{
    public const string Collection = "daemon";
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private TestDatabase _database = null!;
    private WebApplicationFactory<Program> _factory = null!;

    public string ConnectionString => _database.ConnectionString;
    public IServiceProvider Services => _factory.Services;
    public IDocumentStore Store => Services.GetRequiredService<IDocumentStore>();
    public IProjectionCoordinator Coordinator => Services.GetRequiredService<IProjectionCoordinator>();

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
    }

    /// <summary>Marten's own wait: until every async projection has caught up with the events stored when called.</summary>
    public Task CaughtUp() => Store.WaitForNonStaleProjectionDataAsync(Patience);

    public HttpClient ClientFor(string subject, params string[] roles) => Client(TestTokens.Create(Services, subject, roles));

    /// <summary>A practitioner (or these roles) of these teams.</summary>
    public HttpClient ClientWithTeams(string subject, string[] teams, params string[] roles) =>
        Client(TestTokens.Create(Services, subject, roles.Length == 0 ? [TestTokens.Practitioner] : roles, teams));

    public HttpClient AnonymousClient() => _factory.CreateClient();

    private HttpClient Client(string token)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The rows of journey.recorded_steps for some children, one line each, in key order.</summary>
    public async Task<List<string>> RecordedSteps(params string[] children)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand($"""
            SELECT concat_ws('|', child_id, version, sequence, event_type, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS'),
                             to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), coalesce(recorded_by, '-'),
                             coalesce(to_char(imported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '-'), coalesce(changes_version::text, '-'),
                             status, to_char(current_occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS'))
            FROM {RecordedStepsProjection.StepsTable.QualifiedName}
            WHERE cardinality(@children) = 0 OR child_id = ANY(@children)
            ORDER BY child_id, version
            """, connection);
        command.Parameters.AddWithValue("children", children);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken)) rows.Add(reader.GetString(0));
        return rows;
    }

    public async Task Execute(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }
}

[CollectionDefinition(DaemonHost.Collection)]
public sealed class DaemonCollection : ICollectionFixture<DaemonHost>;
