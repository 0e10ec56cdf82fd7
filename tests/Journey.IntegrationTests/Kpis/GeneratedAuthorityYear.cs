using Journey.Api.Import;
using Journey.Domain.Timescales;
using Journey.IntegrationTests.Infrastructure;
using Journey.Projections;
using Journey.Synthetic;
using Marten;

namespace Journey.IntegrationTests.Kpis;

/// <summary>
/// A year of one synthetic authority's journeys (the generator, seed 7) imported through the
/// import's rules into a database of its own, so that authority-wide figures see nothing else.
/// </summary>
public sealed class GeneratedAuthorityYear : IAsyncLifetime
{
    public static readonly GeneratorOptions Options = new(7, new DateOnly(2024, 4, 1), 1, 900, new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero), "KPI");

    private TestDatabase _database = null!;
    public DocumentStore Store { get; private set; } = null!;
    public ImportReport Report { get; private set; } = null!;
    public string ConnectionString => _database.ConnectionString;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.Create();
        Store = DocumentStore.For(options => JourneyStore.Configure(options, _database.ConnectionString, TimelinessClocks.Default));
        await JourneyStore.Prepare(Store, TimelinessClocks.Default, CancellationToken.None);
        var lines = string.Join('\n', JourneyGenerator.Lines(Options));
        Report = await new JourneyImporter(Store, TimeProvider.System).Import(new StringReader(lines), "generator", CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        Store.Dispose();
        await _database.DisposeAsync();
    }
}
