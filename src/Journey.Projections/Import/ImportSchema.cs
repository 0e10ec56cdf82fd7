using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.Import;

/// <summary>
/// Which import lines are already stored, by a hash of the line, written in the same transaction
/// as the line's events: importing a file again stores nothing twice.
/// </summary>
public static class ImportSchema
{
    public static readonly PostgresqlObjectName ImportedLinesTable = new(JourneyStore.Schema, "imported_lines", SchemaUtils.IdentifierUsage.General);

    public static Table ImportedLines()
    {
        var table = new Table(ImportedLinesTable);
        table.AddColumn("line_hash", "text").AsPrimaryKey();
        table.AddColumn("child_id", "text").NotNull();
        table.AddColumn("event_type", "text").NotNull();
        table.AddColumn("stream_version", "bigint").NotNull();
        table.AddColumn("imported_at", "timestamptz").NotNull();
        table.AddColumn("imported_by", "text").NotNull();
        return table;
    }
}
