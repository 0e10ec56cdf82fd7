using JasperFx.Events;
using JasperFx.Events.Projections;
using Journey.Domain.Journeys;
using Journey.Domain.Kpis;
using Journey.Domain.Timescales;
using Journey.Projections.Import;
using Journey.Projections.Kpis;
using Journey.Projections.Logging;
using Journey.Projections.Reference;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Weasel.Core;

namespace Journey.Projections;

/// <summary>How Journey's event store is laid out, in one place for the service, the tests and tools.</summary>
public static class JourneyStore
{
    public const string Schema = "journey";

    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddJourneyStore(
        this IServiceCollection services, string connectionString, TimelinessClocks clocks, JasperFx.AutoCreate autoCreate = JasperFx.AutoCreate.CreateOrUpdate,
        string? rebuildConnectionString = null)
    {
        // A rebuild runs on a store of its own, through rebuildConnectionString when given: the service's sessions carry a
        // statement timeout that a rebuild's pause and replay must not (decision 76).
        services.AddSingleton(new Rebuild.ReplayStoreFactory(rebuildConnectionString ?? connectionString, clocks, autoCreate));
        // Statements logged without their values, failures by kind (decision 70): never a child's record in the log.
        services.ConfigureMarten((provider, options) =>
            options.Logger(new StatementLog(provider.GetRequiredService<ILoggerFactory>().CreateLogger<IDocumentStore>())));
        return services.AddMarten(options =>
            {
                Configure(options, connectionString, clocks);
                // None when the store connects as the application role, which may run no DDL (decision 58).
                options.AutoCreateSchemaObjects = autoCreate;
            })
            .UseLightweightSessions()
            .InitializeWith(Seeds(clocks));
    }

    /// <summary>The reference data every store is seeded with: the calendar and rulebook the clocks use, and the KPI pack's reference.</summary>
    public static Marten.Schema.IInitialData[] Seeds(TimelinessClocks clocks) =>
        [new ReferenceDataSeed(clocks.Calendar, clocks.Rulebook), new KpiReferenceSeed(KpiReference.Default)];

    /// <summary>A store opened outside a host (the benchmark, tests' own databases), brought up as start-up brings the service's: schema, then seeds.</summary>
    public static async Task Prepare(IDocumentStore store, TimelinessClocks clocks, CancellationToken cancellation)
    {
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        foreach (var seed in Seeds(clocks)) await seed.Populate(store, cancellation);
    }

    /// <summary>
    /// Npgsql prepares the statements a connection runs repeatedly unless the connection string says
    /// otherwise: every append sends the same few inline-projection statements, and PostgreSQL then
    /// parses and plans each once per connection instead of once per event (about a third of the
    /// server's work on a bulk load). An operator's own Max Auto Prepare is kept.
    /// </summary>
    public static string WithAutoPrepare(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare > 0) return connectionString;
        builder.MaxAutoPrepare = 250;
        builder.AutoPrepareMinUsages = 2;
        return builder.ConnectionString;
    }

    /// <summary>
    /// Npgsql's multiplexing stays off, whatever the connection string says (decision 100): Weasel's advisory
    /// locks (the schema-migration lock and the async daemon's leader lock) go through
    /// Patched.DistributedLock.Postgres, which prepares its statements and refuses a data source that
    /// multiplexes.
    /// </summary>
    public static string WithoutMultiplexing(string connectionString) =>
        new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Multiplexing = false }.ConnectionString;

    public static void Configure(StoreOptions options, string connectionString, TimelinessClocks clocks)
    {
        ConfigureEvents(options, connectionString);
        // A session takes one connection from the pool at its first statement and keeps it until it is disposed. Left
        // to give it back after each statement, recording a contact took four: the journey's load, the disposed-record
        // check, the event sequence a rich append reserves, and the append, and each connection given back costs its next
        // user Npgsql's reset, seven statements (decision 160).
        options.UseStickyConnectionLifetimes = true;
        options.Projections.Add(new ChildJourneyProjection(), ProjectionLifecycle.Live);
        foreach (var projection in JourneyProjections.All(clocks)) options.Projections.Add(projection.Source, projection.Lifecycle);
        // Each table the KPI pack reads marks the kept months its rows change, in the writer's transaction (decision 143).
        KpiKeptMarks.Watch(options);
        // Disposal at the end of a record's retention period, last: its function deletes from every table above (decision 67).
        options.Storage.ExtendedSchemaObjects.AddRange(Disposal.DisposalSchema.Objects());
    }

    /// <summary>The name of the single-pass replay a rebuild runs (<see cref="ConfigureReplay"/>).</summary>
    public const string ReplayName = "JourneyReplay";

    /// <summary>
    /// The same store for a rebuild's replay: every projection of <see cref="JourneyProjections"/> a member
    /// of one Marten composite projection, so the events are read once and every projection applied to
    /// each page of them in one pass and one transaction. All in Marten's one (default) stage, which applies
    /// its members to a page side by side: no projection reads another's tables as it applies events
    /// (decision 170), so none waits for another. Only a rebuild uses it; it records nothing.
    /// </summary>
    public static void ConfigureReplay(StoreOptions options, string connectionString, TimelinessClocks clocks)
    {
        ConfigureEvents(options, connectionString);
        options.Projections.CompositeProjectionFor(ReplayName, composite =>
        {
            foreach (var projection in JourneyProjections.All(clocks)) composite.Add(projection.Source);
        });
    }

    private static void ConfigureEvents(StoreOptions options, string connectionString)
    {
        options.Connection(WithoutMultiplexing(WithAutoPrepare(connectionString)));
        options.DatabaseSchemaName = Schema;
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.Default, JourneyJson.AddEventPolymorphism);

        // One stream per child, keyed by the local authority's own child id (the natural key).
        options.Events.StreamIdentity = StreamIdentity.AsString;
        // Rich appends give every event its stream version before inline projections see it; the
        // measure projection keys what stopped a clock by that version.
        options.Events.AppendMode = EventAppendMode.Rich;
        options.Events.DatabaseSchemaName = Schema;
        // Who recorded each event and from which request: kept by the store, never taken from a request body.
        options.Events.MetadataConfig.UserNameEnabled = true;
        options.Events.MetadataConfig.CorrelationIdEnabled = true;
        options.Events.MetadataConfig.CausationIdEnabled = true;
        options.Events.MetadataConfig.HeadersEnabled = true;
        options.Events.AddEventTypes(JourneyEventTypes.All);
        // Reference data (seeded at start-up, IInitialData) belongs to the store, not to a projection, so a
        // rebuild never empties it (Rebuild/ProjectionTables). Created before the projections' objects that read it.
        options.Storage.ExtendedSchemaObjects.Add(ReferenceSchema.CalendarDays());
        options.Storage.ExtendedSchemaObjects.Add(ReferenceSchema.TimescaleRules());
        options.Storage.ExtendedSchemaObjects.AddRange(Reviews.ReviewChainSchema.Helpers());
        options.Storage.ExtendedSchemaObjects.Add(ImportSchema.ImportedLines());
        options.Storage.ExtendedSchemaObjects.AddRange(KpiSchema.Objects());
        options.Storage.ExtendedSchemaObjects.AddRange(Access.AccessLogSchema.Objects());
    }
}
