using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Daemon;

/// <summary>/health/ready follows the projection daemon: 503 while it is stopped (paused), 200 again once it runs; liveness is untouched.</summary>
[Collection(DaemonHost.Collection)]
public sealed class ReadinessTests(DaemonHost host)
{
    [Fact]
    public async Task Ready_answers_503_while_the_projection_daemon_is_stopped_and_200_once_it_runs_again()
    {
        var client = host.AnonymousClient();
        // The daemon host is shared: another test may have just paused and resumed its daemon, which takes a moment to run again.
        (await ReadyStatus(client)).ShouldBe(200);

        await host.Coordinator.PauseAsync();
        try
        {
            var stopped = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
            var body = await stopped.ReadJson();
            ((int)stopped.StatusCode).ShouldBe(503, body.ToJsonString());
            body["checks"]!["projection-daemon"]!["status"]!.GetValue<string>().ShouldBe("Unhealthy");
            body["checks"]!["database"]!["status"]!.GetValue<string>().ShouldBe("Healthy");
            ((int)(await client.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode).ShouldBe(200);
        }
        finally
        {
            await host.Coordinator.ResumeAsync();
        }

        (await ReadyStatus(client)).ShouldBe(200);
    }

    /// <summary>/health/ready's status once it answers 200, or its last answer when the daemon host's patience runs out.</summary>
    private static async Task<int> ReadyStatus(HttpClient client)
    {
        var deadline = DateTime.UtcNow + DaemonHost.Patience;
        int status;
        do
        {
            status = (int)(await client.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode;
            if (status == 200) break;
            await Task.Delay(200, TestContext.Current.CancellationToken);
        } while (DateTime.UtcNow < deadline);
        return status;
    }
}
