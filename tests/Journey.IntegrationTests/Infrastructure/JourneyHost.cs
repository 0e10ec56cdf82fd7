using System.Net;
using System.Net.Http.Headers;
using Alba;
using JasperFx.CommandLine;
using Journey.Api.Demo;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

[assembly: AssemblyFixture(typeof(Journey.IntegrationTests.Infrastructure.JourneyHost))]

namespace Journey.IntegrationTests.Infrastructure;

/// <summary>
/// The real service (Program) in memory over a real PostgreSQL database of this run's own, loaded
/// with the demo journeys from seeds/demo by the code the `demo` command runs (decision 104). One host
/// serves every test; tests keep apart by using child ids of their own. It is started by Alba
/// (<see cref="AlbaHost"/>, over ASP.NET Core's WebApplicationFactory and TestServer), so a test sends a request
/// either as an Alba scenario (<see cref="Scenario"/>: send this, expect that status, header or problem) or
/// through an <see cref="HttpClient"/> (<see cref="ClientFor"/>) when it goes on to do more with the answer
/// (decision 122). A host <see cref="OnKestrel"/> is a WebApplicationFactory on a real server, and has clients only.
/// </summary>
public sealed class JourneyHost : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private IAlbaHost? _alba;
    private WebApplicationFactory<Program>? _kestrel;

    /// <summary>The test database as its schema owner (the service itself connects as <see cref="ServiceConnectionString"/>).</summary>
    public string ConnectionString => _database.ConnectionString;
    public string ServiceConnectionString => _database.ServiceConnectionString;
    public string AnalystConnectionString => _database.AnalystConnectionString;
    public IServiceProvider Services => _alba?.Services ?? _kestrel!.Services;
    public IDocumentStore Store => Services.GetRequiredService<IDocumentStore>();

    /// <summary>
    /// Serve over a real Kestrel server on a loopback port rather than the in-memory test server:
    /// for tests of what only a real server enforces, such as the request body limits.
    /// </summary>
    public bool OnKestrel { get; init; }

    /// <summary>Log to <see cref="CapturedLog"/> alone, at Debug, for a test to read what the service logs.</summary>
    public CapturedLog? Log { get; init; }

    /// <summary>More for a host of a test's own, given the test database's service connection string (a route that fails, say).</summary>
    public Action<IWebHostBuilder, string>? Customise { get; init; }

    /// <summary>Configuration of this host's own (a limit set low, say), over the test defaults.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Whether the demo journeys are loaded once the service has started (as ops/run.sh loads them); true unless a host says not.</summary>
    public bool DemoJourneys { get; init; } = true;

    /// <summary>Children of the synthetic authority-year loaded beside them (the `demo` command's --children); none unless a host asks.</summary>
    public int SyntheticChildren { get; init; }

    public static string DemoDataPath => Path.Combine(RepositoryRoot.Path, "seeds", "demo", "journeys.ndjson");

    public async ValueTask InitializeAsync()
    {
        JasperFxEnvironment.AutoStartHost = true;
        _database = await TestDatabase.Create();
        if (OnKestrel)
        {
            // Alba serves through the in-memory TestServer only, so a real server's host is ASP.NET Core's factory itself.
            _kestrel = new WebApplicationFactory<Program>().WithWebHostBuilder(Configure);
            // A port of its own: UseKestrel(0) binds 127.0.0.1:5000 here, which a second server (another Kestrel host, another run) then cannot.
            _kestrel.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            _kestrel.StartServer(); // start now, so schema creation and demo loading are not charged to the first test
        }
        else
        {
            _alba = await AlbaHost.For<Program>(Configure);
            // Alba lets the test server read and write synchronously; Kestrel, as deployed, does not, and nor does this host.
            _alba.Server.AllowSynchronousIO = false;
        }
        await DemoSet.Load(Store, TimeProvider.System, DemoJourneys ? DemoDataPath : null, SyntheticChildren, CancellationToken.None);
    }

    /// <summary>The service as the tests run it, whichever server it is on.</summary>
    private void Configure(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // As deployed: the service as the application role, the schema applied at start-up as its owner (decision 58).
        builder.UseSetting("JOURNEY_DB", _database.ServiceConnectionString);
        builder.UseSetting("JOURNEY_DB_OWNER", _database.ConnectionString);
        if (Log is { } log)
            builder.ConfigureLogging((context, logging) =>
            {
                // Only the capture, and at Debug: every level the service's configuration sets is lowered, as an
                // operator chasing a fault would lower it. Levels the service sets in code (RefusedRequestLog) stand.
                logging.ClearProviders().AddProvider(log).SetMinimumLevel(LogLevel.Debug);
                foreach (var level in context.Configuration.GetSection("Logging:LogLevel").GetChildren())
                    logging.AddFilter(level.Key == "Default" ? null : level.Key, LogLevel.Debug);
            });
        Customise?.Invoke(builder, _database.ServiceConnectionString);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    /// <summary>
    /// Runs an Alba scenario against the service in memory: the request, and what its answer must be, in one place. A
    /// scenario sends no token unless it names one (<c>s.WithBearerToken(host.TokenFor(subject, roles: ...))</c>).
    /// </summary>
    public Task<IScenarioResult> Scenario(Action<Scenario> configure) =>
        (_alba ?? throw new InvalidOperationException("A host on Kestrel is called through its clients; Alba scenarios run in memory.")).Scenario(configure);

    /// <summary>
    /// A client whose calls are made as <paramref name="subject"/> (the recorder of what it writes)
    /// with these roles; with none, a practitioner of <see cref="TestTokens.DefaultTeams"/>.
    /// </summary>
    public HttpClient ClientFor(string subject, params string[] roles) => Client(TestTokens.Create(Services, subject, roles));

    /// <summary>A client with these roles and teams (the token's "team" claims).</summary>
    public HttpClient ClientWithTeams(string subject, string[] teams, params string[] roles) =>
        Client(TestTokens.Create(Services, subject, roles.Length == 0 ? [TestTokens.Practitioner] : roles, teams));

    public HttpClient AnonymousClient() => _kestrel?.CreateClient() ?? InMemoryClient();

    public string TokenFor(string subject, string? signingKey = null, params string[] roles) => TestTokens.Create(Services, subject, roles, signingKey: signingKey);

    private HttpClient Client(string token)
    {
        var client = AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// A client of the in-memory server as WebApplicationFactory.CreateClient makes one: redirects followed, cookies kept,
    /// based at http://localhost.
    /// </summary>
    private HttpClient InMemoryClient() =>
        new(new RedirectHandler { InnerHandler = new CookieContainerHandler { InnerHandler = _alba!.Server.CreateHandler() } })
        {
            BaseAddress = new Uri("http://localhost"),
        };

    public async ValueTask DisposeAsync()
    {
        if (_alba is not null) await _alba.DisposeAsync();
        if (_kestrel is not null) await _kestrel.DisposeAsync();
        await _database.DisposeAsync();
    }
}
