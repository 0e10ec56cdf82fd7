using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.Rebuild;

/// <summary>
/// The tables a projection owns, which a rebuild empties before replaying it: every Weasel table
/// among an event projection's own SchemaObjects. Worked out from the store's registrations each
/// time, never listed by hand, so a projection registered later is covered without a change here.
/// A table the store itself declares (Storage.ExtendedSchemaObjects: the calendar, the rulebook, the
/// KPI reference data, the import ledger) is not a projection's and is never emptied, even if a
/// projection lists it too. Functions and views hold no rows; they are left as they are. Projections
/// whose state is Marten documents (none yet) are emptied by Marten's own teardown. A projection
/// that turns Marten's TeardownDataOnRebuild off (the event hash chain) keeps its rows.
/// </summary>
public static class ProjectionTables
{
    /// <summary>The projections a rebuild replays, in the order they are registered (live ones hold nothing).</summary>
    public static IReadOnlyList<IProjectionSource<IDocumentOperations, IQuerySession>> Rebuildable(StoreOptions options) =>
        options.Projections.All.Where(p => p.Lifecycle != ProjectionLifecycle.Live).ToList();

    /// <summary>The tables <paramref name="projection"/> owns, qualified (schema.table), in the order it declares them.</summary>
    public static IReadOnlyList<string> OwnedBy(IProjectionSource<IDocumentOperations, IQuerySession> projection, StoreOptions options)
    {
        if (projection is not EventProjection events) return [];
        // A projection that keeps its data through a rebuild (Marten's own TeardownDataOnRebuild, off for
        // the event hash chain, whose rows are evidence) owns nothing a rebuild may empty.
        if (!events.Options.TeardownDataOnRebuild) return [];
        var storeTables = options.Storage.ExtendedSchemaObjects.OfType<Table>()
            .Select(t => t.Identifier.QualifiedName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return events.SchemaObjects.OfType<Table>()
            .Select(t => t.Identifier.QualifiedName)
            .Where(name => !storeTables.Contains(name))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
