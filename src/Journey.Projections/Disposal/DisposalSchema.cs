using Journey.Projections.Integrity;
using Marten;
using Marten.Events.Projections;
using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Functions;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.Disposal;

/// <summary>
/// journey.disposals: one row per child whose record was disposed of at the end of its retention
/// period (decision 67): when, who carried it out, who authorised it, why, under which rule, how many
/// events and the child's hash-chain head at that moment. The rows form a chain of their own, like a
/// child's events: hash(n) = SHA-256(hash(n-1) ‖ SHA-256(canonical(n))), so a row removed or altered
/// afterwards is seen. Append-only: triggers refuse every UPDATE, DELETE and TRUNCATE, the service role
/// may only read it, and rows are written only by <see cref="DisposalFunction"/>.
/// </summary>
public static class DisposalSchema
{
    public static readonly PostgresqlObjectName Table = new(JourneyStore.Schema, "disposals", SchemaUtils.IdentifierUsage.General);
    public static readonly string CanonicalFunction = $"{JourneyStore.Schema}.disposal_canonical";

    /// <summary>The canonical form's name, first in every disposal's canonical text.</summary>
    public const string CanonicalForm = "journey-disposal-v1";

    /// <summary>The table, its canonical form, the guard against change, and the function that disposes.</summary>
    public static IEnumerable<ISchemaObject> Objects() =>
        [DisposalsTable(), Canonical(), .. AppendOnlyTable.Guard(Table, "disposals", typeof(DisposalSchema)), DisposalFunction.Create()];

    /// <summary>
    /// Every table holding rows about a child by its child_id: each projection's tables and the
    /// store's own (the import ledger), worked out from the registrations as the rebuild works out
    /// what to empty: what dispose_child.sql must delete from (SqlFileTests), so a projection added later is
    /// disposed of too. The access log (which keeps who
    /// read, never what was recorded) has no child_id column; this table keeps its rows.
    /// </summary>
    public static IReadOnlyList<string> ChildTables(StoreOptions options) =>
        options.Projections.All.OfType<EventProjection>().SelectMany(p => p.SchemaObjects.OfType<Table>())
            .Concat(options.Storage.ExtendedSchemaObjects.OfType<Table>())
            .Where(t => t.Columns.Any(c => c.Name == "child_id"))
            .Select(t => t.Identifier.QualifiedName)
            .Where(name => !string.Equals(name, Table.QualifiedName, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)
            .ToList();

    private static Table DisposalsTable()
    {
        var table = new Table(Table);
        // The disposal's number: 1, 2, 3 … with no gap, so a row deleted in the middle is seen even before its hash is.
        table.AddColumn("seq", "bigint").AsPrimaryKey();
        table.AddColumn("child_id", "text").NotNull();
        table.AddColumn("disposed_at", "timestamptz").NotNull();
        table.AddColumn("authorised_by", "text").NotNull();
        table.AddColumn("disposed_by", "text").NotNull();
        table.AddColumn("reason", "text").NotNull();
        table.AddColumn("rule_applied", "text").NotNull();
        table.AddColumn("events", "bigint").NotNull();
        table.AddColumn("last_version", "bigint").NotNull();
        // The child's last link when it was disposed of: what a head kept outside the database is checked against.
        table.AddColumn("head_hash", "text").NotNull();
        table.AddColumn("prev_hash", "text").NotNull();
        table.AddColumn("hash", "text").NotNull();
        table.Indexes.Add(new IndexDefinition("ux_disposals_child") { Columns = ["child_id"], IsUnique = true });
        return table;
    }

    /// <summary>
    /// The canonical text of a disposal row, rendered by PostgreSQL's jsonb output as an event's is
    /// (<see cref="EventHashSchema"/>): the form's name, then every column but the links, the
    /// instant formatted in UTC to the microsecond so the session's time zone cannot change it (disposal_canonical.sql;
    /// its form's name is <see cref="CanonicalForm"/>).
    /// </summary>
    private static Function Canonical() => SqlFile.Function(typeof(DisposalSchema), "disposal_canonical");
}
