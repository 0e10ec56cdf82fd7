using Journey.Api.Import;
using Journey.Synthetic;
using Marten;

namespace Journey.Api.Demo;

/// <summary>
/// Loads a synthetic authority-year of journeys from 1 April 2025 through the import's bulk path, so the KPI pack,
/// open clocks and chains show a year of figures on a first run: the `demo` command's second half (ops/run.sh asks
/// for 900 children; decision 104). Deterministic (seed 1), and skipped when its first child exists; a line loaded
/// before is in any case only counted as already imported by the import's ledger.
/// </summary>
public sealed class SyntheticDemoLoader(IDocumentStore store, TimeProvider clock)
{
    public const string Prefix = "DEMO-SYN";

    /// <summary>The import's report of the year loaded, or null when there was nothing to do (none asked for, or already loaded).</summary>
    public async Task<ImportReport?> Load(int children, CancellationToken cancellation)
    {
        if (children <= 0) return null;
        var options = new GeneratorOptions(1, new DateOnly(2025, 4, 1), 1, children, clock.GetUtcNow(), Prefix);
        var first = JourneyGenerator.Children(options).First().ChildId;
        await using (var session = store.QuerySession())
            if (await session.Events.FetchStreamStateAsync(first, cancellation) is not null) return null;
        // The migration's bulk path, streamed, keeping every rule.
        using var lines = new GeneratedLinesReader(JourneyGenerator.Lines(options));
        return await new BulkImporter(store, clock).Import(lines, "demo-loader", new BulkOptions(), cancellation);
    }
}
