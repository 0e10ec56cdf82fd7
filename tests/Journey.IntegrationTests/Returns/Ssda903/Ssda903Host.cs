using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Returns.Ssda903;

/// <summary>
/// The service over a database of its own with no demo data, for the SSDA903 return's tests: a return holds exactly
/// the children they record. Every child is looked after, or leaves care, from 1 April 2025 on, so 2024/25 holds none.
/// </summary>
public sealed class Ssda903Host : IAsyncLifetime
{
    public const string Collection = "ssda903";

    public JourneyHost Host { get; } = new() { DemoJourneys = false };

    public ValueTask InitializeAsync() => Host.InitializeAsync();

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

[CollectionDefinition(Ssda903Host.Collection)]
public sealed class Ssda903HostCollection : ICollectionFixture<Ssda903Host>;
