using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Returns.AnnexA;

/// <summary>
/// The service over a database of its own holding the demo journeys alone (as the run command loads them), so Annex A
/// holds exactly the demo's children whatever other tests record. The lists stand at the demo's pinned day.
/// </summary>
public sealed class AnnexADemoHost : IAsyncLifetime
{
    public const string Collection = "annex-a-demo";

    /// <summary>The demo's pinned day (decision 49): the lists stand at it, as on the day before an inspection's notification.</summary>
    public const string PeriodEnd = "2026-11-23";

    public JourneyHost Host { get; } = new();

    public ValueTask InitializeAsync() => Host.InitializeAsync();

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

[CollectionDefinition(AnnexADemoHost.Collection)]
public sealed class AnnexADemoHostCollection : ICollectionFixture<AnnexADemoHost>;
