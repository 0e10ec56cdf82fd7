using Marten;
using Marten.Events;

namespace Journey.Benchmarks;

/// <summary>
/// A load is complete when every projection is: the inline ones are written with the events, the async ones (the
/// recorded steps) by the daemon after them, here Marten's own, run until it reaches the last event stored. Also
/// compiled into the integration tests, whose bulk load must write what the benchmark's does.
/// </summary>
public static class AsyncProjections
{
    public static async Task CatchUp(DocumentStore store)
    {
        using var daemon = await store.BuildProjectionDaemonAsync();
        await daemon.StartAllAsync();
        await store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromHours(1));
        await daemon.StopAllAsync();
    }
}
