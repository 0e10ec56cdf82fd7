using Journey.Projections.Sets;
using Marten;
using Weasel.Postgresql;

namespace Journey.Projections.Reviews;

/// <summary>
/// The changes a batch makes to a chain's held table (<see cref="ReviewChainSchema.HeldTable"/>), one per
/// (child, stream version), the last in sequence order winning: a review held, or corrected, is upserted, keeping
/// the time it was first recorded, whether that row is already stored or earlier in the batch; one withdrawn (or
/// corrected into one that does not count) is deleted, and held again after that starts from no row.
/// </summary>
public sealed class HeldChanges
{
    private readonly RowChanges<(string Child, long Version), HeldRow> _rows = new((earlier, later) => later with { RecordedAt = earlier.RecordedAt });

    /// <summary>Records (or, correcting, replaces) the review held at stream version <paramref name="version"/>.</summary>
    public void Held(string child, long version, int number, DateTimeOffset heldAt, DateTimeOffset recordedAt) =>
        _rows.Upsert((child, version), new HeldRow(child, version, number, heldAt.ToUniversalTime(), recordedAt.ToUniversalTime()));

    /// <summary>Forgets the review held at stream version <paramref name="version"/>.</summary>
    public void Withdrawn(string child, long version) => _rows.Delete((child, version));

    /// <summary>The rows to delete, first.</summary>
    public IReadOnlyList<(string Child, long Version)> Deletes => _rows.Deletes;

    /// <summary>The rows to insert or update, after the deletes; a row stored keeps its recorded time.</summary>
    public IReadOnlyList<HeldRow> Upserts => _rows.Upserts;

    /// <summary>
    /// Writes these changes to <paramref name="table"/> in at most two statements: the rows withdrawn deleted, then
    /// those held or corrected upserted, a row stored keeping when it was first recorded.
    /// </summary>
    public void Write(IDocumentOperations operations, PostgresqlObjectName table, string numberColumn)
    {
        SetStatements.DeleteChildRows(operations, table, "version", "bigint", Deletes);
        var rows = Upserts;
        if (rows.Count == 0) return;
        operations.QueueSqlCommand($"""
            INSERT INTO {table.QualifiedName} (child_id, version, {numberColumn}, held_at, recorded_at)
            SELECT * FROM unnest(?::text[], ?::bigint[], ?::integer[], ?::timestamptz[], ?::timestamptz[])
            ON CONFLICT (child_id, version) DO UPDATE SET {numberColumn} = excluded.{numberColumn}, held_at = excluded.held_at,
              recorded_at = coalesce({table.QualifiedName}.recorded_at, excluded.recorded_at)
            """, rows.Select(r => r.Child).ToArray(), rows.Select(r => r.Version).ToArray(), rows.Select(r => r.Number).ToArray(),
            rows.Select(r => r.HeldAt).ToArray(), rows.Select(r => r.RecordedAt).ToArray());
    }
}

public sealed record HeldRow(string Child, long Version, int Number, DateTimeOffset HeldAt, DateTimeOffset RecordedAt);
