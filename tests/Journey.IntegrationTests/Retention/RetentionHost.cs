using Journey.IntegrationTests.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Journey.IntegrationTests.Retention;

/// <summary>
/// The service over a database of its own, as deployed (the application role, the schema applied as its
/// owner), with no demo data and one child under a legal hold: disposal deletes from every table and
/// whole-store verification counts every child, so these tests keep away from the shared host's.
/// </summary>
public sealed class RetentionHost : IAsyncLifetime
{
    /// <summary>The child named by Journey:Retention:HeldChildren.</summary>
    public const string HeldChild = "RET-HELD-1";

    private TestDatabase _database = null!;
    private WebApplicationFactory<Program> _factory = null!;

    /// <summary>As the schema owner: what tests look at, or tamper with, the store as.</summary>
    public string ConnectionString => _database.ConnectionString;
    public string ServiceConnectionString => _database.ServiceConnectionString;
    public IDocumentStore Store => _factory.Services.GetRequiredService<IDocumentStore>();

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.Create();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("JOURNEY_DB", _database.ServiceConnectionString);
            builder.UseSetting("JOURNEY_DB_OWNER", _database.ConnectionString);
            builder.UseSetting("Journey:DemoData", "");
            builder.UseSetting("Journey:Retention:HeldChildren:0", HeldChild);
        });
        _ = _factory.Server;
    }

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
