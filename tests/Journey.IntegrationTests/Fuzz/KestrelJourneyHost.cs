using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Fuzz;

/// <summary>
/// A service of its own for the fuzz and size-limit tests: the same JourneyHost (demo journeys
/// loaded), but over its own database, so no other test's writes move its row counts while it
/// checks that nothing was stored, and on a real Kestrel server, which is what enforces the body
/// size limits (the in-memory test server has none).
/// </summary>
public sealed class KestrelJourneyHost : IAsyncLifetime
{
    /// <summary>The tests that share it run one at a time, so one's writes never land during another's count.</summary>
    public const string Collection = "kestrel";

    public JourneyHost Host { get; } = new() { OnKestrel = true };

    public ValueTask InitializeAsync() => Host.InitializeAsync();

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

[CollectionDefinition(KestrelJourneyHost.Collection)]
public sealed class KestrelJourneyHostCollection : ICollectionFixture<KestrelJourneyHost>;
