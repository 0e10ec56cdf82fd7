using Journey.Api.Operations;
using Journey.IntegrationTests.Infrastructure;
using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Journey.IntegrationTests.Operations;

/// <summary>/health/live and /health/ready with everything fine, and the database check against a database that is not there.</summary>
public sealed class HealthEndpointTests(JourneyHost host)
{
    [Fact]
    public async Task Live_and_ready_answer_200_anonymously_when_the_database_and_the_daemon_are_fine()
    {
        var client = host.AnonymousClient();

        var live = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);
        ((int)live.StatusCode).ShouldBe(200);
        (await live.ReadJson())["status"]!.GetValue<string>().ShouldBe("Healthy");

        // The daemon starts its shards just after the host has started: ready once it runs them.
        var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        for (var deadline = DateTime.UtcNow.AddSeconds(30); (int)ready.StatusCode != 200 && DateTime.UtcNow < deadline;)
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        }
        var body = await ready.ReadJson();
        ((int)ready.StatusCode).ShouldBe(200, body.ToJsonString());
        body["checks"]!["database"]!["status"]!.GetValue<string>().ShouldBe("Healthy");
        body["checks"]!["projection-daemon"]!["status"]!.GetValue<string>().ShouldBe("Healthy");
    }

    [Fact]
    public async Task The_database_check_is_unhealthy_when_the_database_does_not_answer()
    {
        var missing = new NpgsqlConnectionStringBuilder(host.ConnectionString) { Database = $"journey_missing_{Guid.NewGuid():N}", Timeout = 5 };
        using var store = DocumentStore.For(missing.ConnectionString);

        var result = await new DatabaseHealthCheck(store).CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        result.Status.ShouldBe(HealthStatus.Unhealthy);
        result.Description.ShouldBe("The event store's database does not answer.");
    }
}
