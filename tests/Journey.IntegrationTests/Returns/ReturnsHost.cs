using Journey.Api.Returns;
using Journey.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Journey.IntegrationTests.Returns;

/// <summary>
/// The service over a database of its own with the demo journeys and nothing else, and the tests' own returns
/// registered beside the real ones (<see cref="ContactsReturn"/>): the CIN census of 2025/26 holds only the demo's
/// children, and a test of the shared plumbing keeps to a collection year of its own before the demo's (before 2022/23),
/// recording contacts only, so a return holds exactly the children it records.
/// </summary>
public sealed class ReturnsHost : IAsyncLifetime
{
    public const string Collection = "returns";

    public JourneyHost Host { get; } = new()
    {
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
