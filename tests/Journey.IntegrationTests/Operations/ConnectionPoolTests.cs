using Journey.Api.Hosting;
using Journey.Domain.Timescales;
using Journey.IntegrationTests.Infrastructure;
using Journey.Projections;
using Marten;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Journey.IntegrationTests.Operations;

/// <summary>
/// How the service uses its connections (decisions 160 and 162): a Marten session keeps the one connection it first took
/// until it is disposed, and the pool is sized to the cores unless the operator sizes it.
/// </summary>
public sealed class ConnectionPoolTests(JourneyHost host)
{
    [Fact]
    public async Task A_session_keeps_its_first_connection_while_another_is_taken_from_the_pool_between_its_statements()
    {
        var cancellation = TestContext.Current.CancellationToken;
        // A store configured as the service's, on a pool of its own (its own application name) that starts empty.
        var own = new NpgsqlConnectionStringBuilder(host.ConnectionString) { ApplicationName = $"pool-test-{Guid.NewGuid():N}", MaxPoolSize = 2 };
        using var store = DocumentStore.For(options => JourneyStore.Configure(options, own.ConnectionString, TimelinessClocks.Default));
        await using var session = store.LightweightSession();
        var first = await Backend(session);

        // Taken from the pool between the session's two statements: had the session given its connection back, this
        // would be it, and the session's next statement would need a second one.
        await using var other = store.Storage.Database.CreateConnection();
        await other.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand("select pg_backend_pid()", other);
        var others = (int)(await command.ExecuteScalarAsync(cancellation))!;

        others.ShouldNotBe(first);
        (await Backend(session)).ShouldBe(first);
    }

    [Fact]
    public void The_pool_is_sized_to_the_cores_unless_the_connection_string_or_the_settings_size_it()
    {
        var cores = Environment.ProcessorCount;
        Pool("Host=db;Database=journey").ShouldBe((ConnectionPool.DefaultMaxSize(cores), ConnectionPool.DefaultMinSize(cores)));
        Pool("Host=db;Database=journey;Maximum Pool Size=40;Minimum Pool Size=3").ShouldBe((40, 3));
        Pool("Host=db;Database=journey;MaxPoolSize=40", ("Journey:Database:MaxPoolSize", "6"), ("Journey:Database:MinPoolSize", "9")).ShouldBe((6, 6));
        Should.Throw<InvalidOperationException>(() => Pool("Host=db", ("Journey:Database:MaxPoolSize", "0")));
        ConnectionPool.DefaultMaxSize(2).ShouldBe(2 * ConnectionPool.PerCore + ConnectionPool.HeldByBackgroundWork);
    }

    private static async Task<int> Backend(IQuerySession session) =>
        (await session.QueryAsync<int>("select pg_backend_pid()", TestContext.Current.CancellationToken)).Single();

    private static (int Max, int Min) Pool(string connectionString, params (string Key, string Value)[] settings)
    {
        var service = new NpgsqlConnectionStringBuilder(JourneyDatabase.ServiceConnectionString(Settings([("JOURNEY_DB", connectionString), .. settings])));
        return (service.MaxPoolSize, service.MinPoolSize);
    }

    private static IConfiguration Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
