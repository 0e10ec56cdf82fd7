using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Functions;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.Kpis;

/// <summary>
/// The KPI months kept (decisions 142 to 145): each month's counts (<c>kpi_month_counts</c>), per view, stored once
/// worked out, with the snapshot they were worked out from, and read again until a transaction that changed a row they
/// were counted from commits after that snapshot. Such a transaction leaves a mark (<c>kpi_kept_marks</c>: its id and
/// the first month it can have changed), written in the same transaction by the triggers on the tables the pack reads
/// (<see cref="KpiKeptMarks"/>), so a practitioner's step and its mark commit together; a kept month is stale when a
/// mark from that month or before is of a transaction its snapshot does not see. Marks are written lock-free (one row
/// per transaction, keyed by its id), so recording is never held up by another's marking or by the pack.
/// </summary>
public static class KpiKeptSchema
{
    private const string Schema = JourneyStore.Schema;
    public static readonly PostgresqlObjectName CountsTableName = new(Schema, "kpi_kept_counts", SchemaUtils.IdentifierUsage.General);
    public static readonly PostgresqlObjectName MonthsTableName = new(Schema, "kpi_kept_months", SchemaUtils.IdentifierUsage.General);
    public static readonly PostgresqlObjectName MarksTableName = new(Schema, "kpi_kept_marks", SchemaUtils.IdentifierUsage.General);
    public static readonly PostgresqlObjectName StateTableName = new(Schema, "kpi_kept_state", SchemaUtils.IdentifierUsage.General);
    public static readonly string PackKeptFunction = $"{Schema}.kpi_pack_kept";
    public static readonly string MarkFromFunction = $"{Schema}.kpi_mark_from";
    public static readonly string MarkAllFunction = $"{Schema}.kpi_mark_all";
    public static readonly string NoteReferenceFunction = $"{Schema}.kpi_kept_note_reference";
    public static readonly string KeepFunction = $"{Schema}.kpi_keep";

    /// <summary>The month's counts, as <c>kpi_month_counts</c> returns them; its row type is also the counts' type.</summary>
    public static Table CountsTable()
    {
        var table = new Table(CountsTableName);
        table.AddColumn("month", "date").NotNull();
        table.AddColumn("as_recorded", "boolean").NotNull();
        table.AddColumn("kpi_id", "text").NotNull();
        // Null: the authority, as in kpi_pack. Rows are replaced a month and view at a time, under its kpi_kept_months row.
        table.AddColumn("team", "text");
        foreach (var column in new[] { "rows_counted", "rows_met", "families", "families_met" }) table.AddColumn(column, "bigint").NotNull();
        table.Indexes.Add(new IndexDefinition("ix_kpi_kept_counts_month") { Columns = ["as_recorded", "month"] });
        return table;
    }

    /// <summary>What is kept, the marks and the functions that read and write them, after <see cref="CountsTable"/>.</summary>
    public static IEnumerable<ISchemaObject> Objects() =>
        [MonthsTable(), MarksTable(), StateTable(), MarkFrom(), MarkAll(), ForgetMarks(), Keep(), PackKept(), NoteReference()];

    private static Table MonthsTable()
    {
        var table = new Table(MonthsTableName);
        table.AddColumn("month", "date").AsPrimaryKey();
        table.AddColumn("as_recorded", "boolean").AsPrimaryKey();
        // The snapshot the counts were worked out from: a mark of a transaction it does not see makes them stale.
        table.AddColumn("snapshot", "pg_snapshot").NotNull();
        table.AddColumn("computed_at", "timestamptz").NotNull();
        return table;
    }

    private static Table MarksTable()
    {
        var table = new Table(MarksTableName);
        // One row per transaction that changed a row the pack reads; the first month (UK) that change can reach.
        table.AddColumn("xid", "xid8").AsPrimaryKey();
        table.AddColumn("from_month", "date").NotNull();
        return table;
    }

    private static Table StateTable()
    {
        var table = new Table(StateTableName);
        table.AddColumn("id", "boolean").AsPrimaryKey();
        // Marks of transactions before this one have been dropped: counts from a snapshot older than it are not kept.
        table.AddColumn("horizon", "xid8").NotNull();
        // The rules, calendar and SQL the counts were worked out with (kpi_kept_note_reference).
        table.AddColumn("fingerprint", "text");
        return table;
    }

    /// <summary>
    /// Marks this transaction as changing months from <c>from_day</c>'s (every month when null). The first mark of a
    /// transaction inserts its row; later ones write only when they reach an earlier month (a transaction-local setting
    /// remembers how far it has marked), so a bulk load's thousands of rows cost one write.
    /// </summary>
    private static Function MarkFrom() => SqlFile.Function(typeof(KpiKeptSchema), "kpi_mark_from");

    /// <summary>A table the pack reads emptied (a rebuild): every month.</summary>
    private static Function MarkAll() => SqlFile.Function(typeof(KpiKeptSchema), "kpi_mark_all");

    /// <summary>
    /// Drops the marks no kept month needs: those every kept month they reach has seen, of transactions older than any
    /// running now (so every later snapshot sees them too). The horizon it raises stops counts worked out from an older
    /// snapshot, which may not have seen a mark dropped, from being kept (<see cref="Keep"/>).
    /// </summary>
    private static Function ForgetMarks() => SqlFile.Function(typeof(KpiKeptSchema), "kpi_forget_marks");

    /// <summary>
    /// Keeps the counts of <c>stale</c> months worked out from snapshot <c>taken</c>. Two requests keeping the same month
    /// wait for each other on its kpi_kept_months row (months are taken in order, so they cannot deadlock) and the newer
    /// snapshot stays; either is right for its snapshot, and a mark it did not see makes it stale again.
    /// </summary>
    private static Function Keep() => SqlFile.Function(typeof(KpiKeptSchema), "kpi_keep");

    /// <summary>
    /// The pack as <c>kpi_pack</c> gives it, from the counts kept for each month it covers (the three before the first
    /// included), working out and keeping only the months missing or stale. The month not yet over is kept and marked
    /// like the rest: its counts depend on the rows stored, not on the time of asking.
    /// </summary>
    private static Function PackKept() => SqlFile.Function(typeof(KpiKeptSchema), "kpi_pack_kept");

    /// <summary>
    /// At start-up, after the reference data is written: when the calendar, the rule set or any function of the schema
    /// (the pack's SQL and every function it reads) differs from what the kept counts were worked out with, every month
    /// is marked. The seeds rewrite the tables on every start, so what they hold is compared, not whether they were written.
    /// </summary>
    private static Function NoteReference() => SqlFile.Function(typeof(KpiKeptSchema), "kpi_kept_note_reference");
}
