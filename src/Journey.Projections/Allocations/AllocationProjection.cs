using JasperFx.Events;
using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Projections.Sets;
using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.Allocations;

/// <summary>
/// journey.allocations: every allocation of a child's case (team, worker, when), one row per
/// allocation step keyed by its stream version, so corrections and withdrawals find it (written in
/// sets, a batch of events at a time: <see cref="SetProjection"/>); the view
/// journey.current_allocations is each child's latest standing allocation, for work lists by team.
/// </summary>
public sealed class AllocationProjection : SetProjection
{
    public static readonly PostgresqlObjectName AllocationsTable = new(JourneyStore.Schema, "allocations", SchemaUtils.IdentifierUsage.General);
    public static readonly string CurrentView = $"{JourneyStore.Schema}.current_allocations";

    public AllocationProjection()
    {
        Name = "Allocations";
        var table = new Table(AllocationsTable);
        table.AddColumn("child_id", "text").AsPrimaryKey();
        table.AddColumn("version", "bigint").AsPrimaryKey();
        table.AddColumn("team", "text").NotNull();
        table.AddColumn("worker", "text").NotNull();
        table.AddColumn("allocated_at", "timestamptz").NotNull();
        SchemaObjects.Add(table);
        SchemaObjects.Add(SqlFile.View(typeof(AllocationProjection), "current_allocations"));
    }

    /// <summary>
    /// The batch's allocations in at most two statements: the rows withdrawn, then the rows stated or
    /// corrected, one per key, the last change in sequence order winning (a correction re-states its
    /// allocation at the corrected version; a withdrawal removes it).
    /// </summary>
    protected override void ApplyBatch(IDocumentOperations operations, IReadOnlyList<IEvent> events)
    {
        var rows = new RowChanges<(string, long), AllocationRow>();
        foreach (var e in events)
        {
            var child = e.StreamKey!;
            switch (e.Data)
            {
                case CaseAllocated allocated: rows.Upsert((child, e.Version), Row(child, e.Version, allocated)); break;
                case EventCorrected { Replacement: CaseAllocated allocated } c: rows.Upsert((child, c.CorrectedVersion), Row(child, c.CorrectedVersion, allocated)); break;
                case EventWithdrawn { Withdrawn: CaseAllocated } w: rows.Delete((child, w.WithdrawnVersion)); break;
            }
        }
        SetStatements.DeleteChildRows(operations, AllocationsTable, "version", "bigint", rows.Deletes);
        Upsert(operations, rows.Upserts);
    }

    private sealed record AllocationRow(string Child, long Version, string Team, string Worker, DateTimeOffset AllocatedAt);

    private static AllocationRow Row(string child, long version, CaseAllocated allocated) =>
        new(child, version, allocated.Team, allocated.Worker, allocated.OccurredAt.ToUniversalTime());

    private static void Upsert(IDocumentOperations operations, IReadOnlyList<AllocationRow> rows)
    {
        if (rows.Count == 0) return;
        operations.QueueSqlCommand($"""
            INSERT INTO {AllocationsTable.QualifiedName} (child_id, version, team, worker, allocated_at)
            SELECT * FROM unnest(?::text[], ?::bigint[], ?::text[], ?::text[], ?::timestamptz[])
            ON CONFLICT (child_id, version) DO UPDATE SET team = excluded.team, worker = excluded.worker, allocated_at = excluded.allocated_at
            """, rows.Select(r => r.Child).ToArray(), rows.Select(r => r.Version).ToArray(), rows.Select(r => r.Team).ToArray(),
            rows.Select(r => r.Worker).ToArray(), rows.Select(r => r.AllocatedAt).ToArray());
    }
}
