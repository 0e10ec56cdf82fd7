using Journey.Api.Returns;
using Journey.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Journey.IntegrationTests.Returns;

/// <summary>
/// The service over a database of its own with no demo data and the tests' own returns registered beside the real
/// ones (<see cref="ContactsReturn"/>), so a return holds exactly the children a test records. Each test keeps to a
/// collection year of its own.
/// </summary>
public sealed class ReturnsHost : IAsyncLifetime
{
    public const string Collection = "returns";

    public JourneyHost Host { get; } = new()
    {
        Settings = new Dictionary<string, string?> { ["Journey:DemoData"] = "" },
        Customise = (builder, _) => builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStatutoryReturn>(ContactsReturn.TwoFiles);
            services.AddSingleton<IStatutoryReturn>(ContactsReturn.OneFile);
        }),
    };

    public ValueTask InitializeAsync() => Host.InitializeAsync();

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

[CollectionDefinition(ReturnsHost.Collection)]
public sealed class ReturnsHostCollection : ICollectionFixture<ReturnsHost>;
