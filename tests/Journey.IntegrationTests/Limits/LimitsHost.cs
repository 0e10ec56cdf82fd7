using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Limits;

/// <summary>
/// A service of its own with its limits set low (decisions 74 and 76), over its own database with no demo data: five
/// requests per user an hour, one import at a time and none waiting, and a statement timeout of 2 seconds, so the
/// tests can reach each limit in a few requests. On Kestrel, as the fuzz tests' host is. The tests that use it run one at a time.
/// </summary>
public sealed class LimitsHost : IAsyncLifetime
{
    public const string Collection = "limits";
    public const int RequestsPerUser = 5;
    public const int StatementTimeoutSeconds = 2;

    public JourneyHost Host { get; } = new()
    {
        // A real server: an import can then be answered while its body is still being sent.
        OnKestrel = true,
        DemoJourneys = false,
        Settings = new Dictionary<string, string?>
        {
            ["Journey:RateLimit:Requests"] = $"{RequestsPerUser}",
            ["Journey:RateLimit:Burst"] = $"{RequestsPerUser}",
            // An hour: the bucket gains nothing while a test runs, however slow the machine.
            ["Journey:RateLimit:PeriodSeconds"] = "3600",
            ["Journey:RateLimit:ImportsAtOnce"] = "1",
            ["Journey:RateLimit:ImportsWaiting"] = "0",
            ["Journey:Database:StatementTimeoutSeconds"] = $"{StatementTimeoutSeconds}",
        },
    };

    public ValueTask InitializeAsync() => Host.InitializeAsync();

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

[CollectionDefinition(LimitsHost.Collection)]
public sealed class LimitsHostCollection : ICollectionFixture<LimitsHost>;
