using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;
using Weasel.Postgresql.Views;

namespace Journey.Projections.Allocations;

/// <summary>
/// journey.allocations: every allocation of a child's case (team, worker, when), one row per
/// allocation step keyed by its stream version, so corrections and withdrawals find it; the view
/// journey.current_allocations is each child's latest standing allocation, for work lists by team.
/// </summary>
public sealed class AllocationProjection : EventProjection
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
        SchemaObjects.Add(new View(CurrentView, $"""
            SELECT DISTINCT ON (child_id) child_id, team, worker, allocated_at
            FROM {AllocationsTable.QualifiedName} ORDER BY child_id, allocated_at DESC, version DESC
            """));
    }

    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        switch (e.Data)
        {
            case CaseAllocated allocated: Upsert(operations, e.StreamKey!, e.Version, allocated); break;
            case EventCorrected { Replacement: CaseAllocated allocated } corrected: Upsert(operations, e.StreamKey!, corrected.CorrectedVersion, allocated); break;
            case EventWithdrawn { Withdrawn: CaseAllocated } withdrawn:
                operations.QueueSqlCommand($"DELETE FROM {AllocationsTable.QualifiedName} WHERE child_id = ? AND version = ?", e.StreamKey!, withdrawn.WithdrawnVersion);
                break;
        }
        return ValueTask.CompletedTask;
    }

    private static void Upsert(IDocumentOperations operations, string child, long version, CaseAllocated allocated) =>
        operations.QueueSqlCommand($"""
            INSERT INTO {AllocationsTable.QualifiedName} (child_id, version, team, worker, allocated_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (child_id, version) DO UPDATE SET team = excluded.team, worker = excluded.worker, allocated_at = excluded.allocated_at
            """, child, version, allocated.Team, allocated.Worker, allocated.OccurredAt.ToUniversalTime());
}
