using Journey.Api.Import;
using Marten;

namespace Journey.Api.Demo;

/// <summary>What a load of the demo set did: demo children loaded and already present, and the synthetic year's import report (null: none loaded).</summary>
public sealed record DemoSetReport(int Loaded, int AlreadyPresent, ImportReport? Synthetic)
{
    public override string ToString() =>
        $"Demo journeys: {Loaded} children loaded, {AlreadyPresent} already present. " +
        (Synthetic is { } year
            ? $"Synthetic year: {year.Stored} steps stored, {year.AlreadyImported} already imported, {year.Refused} refused."
            : "Synthetic year: nothing to load (none asked for, or already loaded).");
}

/// <summary>
/// The demo set: the demo journeys of a file and a synthetic authority-year of so many children, loaded by the
/// `demo` command that ops/run.sh runs before the service starts, and by the tests' hosts the same way (decision 104).
/// </summary>
public static class DemoSet
{
    public static async Task<DemoSetReport> Load(IDocumentStore store, TimeProvider clock, string? journeys, int syntheticChildren, CancellationToken cancellation)
    {
        var (loaded, present) = string.IsNullOrWhiteSpace(journeys) ? (0, 0) : await new DemoJourneyLoader(store, clock).Load(journeys, cancellation);
        var synthetic = await new SyntheticDemoLoader(store, clock).Load(syntheticChildren, cancellation);
        return new DemoSetReport(loaded, present, synthetic);
    }
}
