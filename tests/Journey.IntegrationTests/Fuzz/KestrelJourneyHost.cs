using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Fuzz;

/// <summary>
/// A service of its own for the fuzz, size-limit and failure tests: the same JourneyHost (demo journeys
/// loaded), but over its own database, so no other test's writes move its row counts while it
/// checks that nothing was stored, and on a real Kestrel server, which is what enforces the body
/// size limits (the in-memory test server has none). It logs at Debug to a log the tests read, and
/// has one route of its own that fails (<see cref="FailingRoute"/>).
/// </summary>
public sealed class KestrelJourneyHost : IAsyncLifetime
{
    /// <summary>The tests that share it run one at a time, so one's writes never land during another's count.</summary>
    public const string Collection = "kestrel";

    public JourneyHost Host { get; } = new() { OnKestrel = true, Log = new CapturedLog(), Customise = FailingRoute.Add };

    public ValueTask InitializeAsync() => Host.InitializeAsync();

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

[CollectionDefinition(KestrelJourneyHost.Collection)]
public sealed class KestrelJourneyHostCollection : ICollectionFixture<KestrelJourneyHost>;
