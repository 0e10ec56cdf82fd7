using Journey.Api.Import;
using Journey.Synthetic;
using Marten;

namespace Journey.Api.Demo;

/// <summary>
/// When Journey:DemoSyntheticChildren is set (ops/run.sh sets it), loads a synthetic authority-year
/// of journeys from 1 April 2025 through the import's bulk path, so the KPI pack, open clocks and chains show a
/// year of figures on a first run. Deterministic (seed 1), and skipped when its first child exists.
/// </summary>
public sealed class SyntheticDemoLoader(IConfiguration configuration, IDocumentStore store, TimeProvider clock, ILogger<SyntheticDemoLoader> log)
    : IHostedService
{
    public const string Prefix = "DEMO-SYN";

    public async Task StartAsync(CancellationToken cancellation)
    {
        if (!int.TryParse(configuration["Journey:DemoSyntheticChildren"], out var children) || children <= 0) return;
        var options = new GeneratorOptions(1, new DateOnly(2025, 4, 1), 1, children, clock.GetUtcNow(), Prefix);
        var first = JourneyGenerator.Children(options).First().ChildId;
        await using (var session = store.QuerySession())
            if (await session.Events.FetchStreamStateAsync(first, cancellation) is not null) return;
        // The migration's bulk path, streamed: start-up waits for this, and it keeps every rule.
        using var lines = new GeneratedLinesReader(JourneyGenerator.Lines(options));
        var report = await new BulkImporter(store, clock).Import(lines, "demo-loader", new BulkOptions(), cancellation);
        log.LogInformation("Synthetic demo: {Children} children, {Stored} steps stored, {Refused} refused.", children, report.Stored, report.Refused);
    }

    public Task StopAsync(CancellationToken cancellation) => Task.CompletedTask;
}
