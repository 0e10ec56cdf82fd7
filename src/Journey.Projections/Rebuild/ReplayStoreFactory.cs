using Journey.Domain.Timescales;
using Marten;

namespace Journey.Projections.Rebuild;

/// <summary>
/// Opens the store a rebuild replays through (<see cref="JourneyStore.ConfigureReplay"/>): the same
/// database, events and projections as the service's store, the projections gathered into one
/// composite. A store of its own, opened for one rebuild and disposed after it, so the service's
/// store keeps its inline projections and nothing else ever runs the composite.
/// </summary>
public sealed class ReplayStoreFactory(string connectionString, TimelinessClocks clocks, JasperFx.AutoCreate autoCreate = JasperFx.AutoCreate.CreateOrUpdate)
{
    public DocumentStore Open() => DocumentStore.For(options =>
    {
        JourneyStore.ConfigureReplay(options, connectionString, clocks);
        options.AutoCreateSchemaObjects = autoCreate;
    });
}
