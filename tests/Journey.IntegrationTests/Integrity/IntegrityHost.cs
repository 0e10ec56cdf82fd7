using JasperFx.Events.Daemon;
using Journey.IntegrationTests.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Journey.IntegrationTests.Integrity;

/// <summary>
/// A second instance of the service over a database of its own with no demo data, for the tests
/// that verify, seal or replay the whole store: nothing else writes there, so the store's state is
/// theirs (the tests of one class run one at a time).
/// </summary>
public class IntegrityHost : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private WebApplicationFactory<Program> _factory = null!;

    /// <summary>As the schema owner: what tests look at, or tamper with, the store as.</summary>
    public string ConnectionString => _database.ConnectionString;
    public string ServiceConnectionString => _database.ServiceConnectionString;
    public IDocumentStore Store => _factory.Services.GetRequiredService<IDocumentStore>();
    public IProjectionCoordinator Coordinator => _factory.Services.GetRequiredService<IProjectionCoordinator>();

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.Create();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            foreach (var (key, value) in Settings(_database)) builder.UseSetting(key, value);
        });
        _ = _factory.Server;
    }

    /// <summary>How the service connects (here as the schema's owner, one role) and anything a derived host sets besides.</summary>
    protected virtual IEnumerable<(string Key, string Value)> Settings(TestDatabase database) => [("JOURNEY_DB", database.ConnectionString)];

    /// <summary>A client calling as <paramref name="subject"/>, with a token signed as the shared host signs them.</summary>
    public HttpClient ClientFor(JourneyHost signer, string subject, params string[] roles)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", signer.TokenFor(subject, roles: roles));
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }
}
