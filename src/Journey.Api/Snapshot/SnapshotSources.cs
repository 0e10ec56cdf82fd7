using JasperFx.Events.Projections;
using Journey.Projections.Rebuild;
using Marten;
using Marten.Events.Projections;
using Weasel.Postgresql.Tables;
using Weasel.Postgresql.Views;

namespace Journey.Api.Snapshot;

/// <summary>
/// What the store registers, for a snapshot: the async projections' shards (whose progress says whether their tables
/// are complete) and what each table is, to label the parts: the projection that owns it (as a rebuild works it out)
/// or the store's own (the reference data); a view, the projection that defines it. The tables themselves are found in the catalogue, not here.
/// </summary>
public sealed record SnapshotSources(IReadOnlyList<string> AsyncShards, IReadOnlyDictionary<string, string> Kinds)
{
    public string KindOf(string table) => Kinds.TryGetValue(table, out var kind) ? kind : "not a projection's nor the store's";

    public static SnapshotSources From(IDocumentStore store)
    {
        var options = ((DocumentStore)store).Options;
        var asyncProjections = options.Projections.All.Where(p => p.Lifecycle == ProjectionLifecycle.Async).Select(p => p.Name).ToHashSet();
        var shards = options.Projections.AllShards().Where(s => asyncProjections.Contains(s.Name.Name)).Select(s => s.Name.Identity).ToList();
        var kinds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var projection in ProjectionTables.Rebuildable(options))
            foreach (var table in ProjectionTables.OwnedBy(projection, options))
                kinds[table] = $"projection {projection.Name}";
        // Views a projection defines beside its tables (decision 135): labelled with it, though a rebuild leaves them be.
        foreach (var projection in ProjectionTables.Rebuildable(options).OfType<EventProjection>())
            foreach (var view in projection.SchemaObjects.OfType<View>())
                kinds.TryAdd(view.Identifier.QualifiedName, $"projection {projection.Name}");
        foreach (var table in options.Storage.ExtendedSchemaObjects.OfType<Table>())
            kinds.TryAdd(table.Identifier.QualifiedName, "the store's own: reference data");
        return new SnapshotSources(shards, kinds);
    }
}
