using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Returns.Ssda903;

/// <summary>
/// The service over a database of its own holding the demo journeys alone (seeds/demo, as the run command loads
/// them) and nothing any test records, so a return built from it is the demo set's return.
/// </summary>
public sealed class DemoReturnHost : IAsyncLifetime
{
    public const string Collection = "demo-returns";

    public JourneyHost Host { get; } = new();

    public ValueTask InitializeAsync() => Host.InitializeAsync();

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

[CollectionDefinition(DemoReturnHost.Collection)]
public sealed class DemoReturnHostCollection : ICollectionFixture<DemoReturnHost>;
