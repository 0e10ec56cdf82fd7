using Journey.Domain.FrontDoor;
using Journey.Projections.Corrections;
using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.Allocations;

/// <summary>
/// journey.allocations: every allocation of a child's case (team, worker, when), one row per
/// allocation step keyed by its stream version, so corrections and withdrawals find it; the view
/// journey.current_allocations is each child's latest standing allocation, for work lists by team.
/// </summary>
public sealed class AllocationProjection : CorrectableEventProjection
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

    protected override void Apply(IDocumentOperations operations, string child, long version, DateTimeOffset recordedAt, object fact)
    {
        if (fact is CaseAllocated allocated) Upsert(operations, child, version, allocated);
    }

    protected override void Withdraw(IDocumentOperations operations, string child, long version, object fact)
    {
        if (fact is CaseAllocated)
            operations.QueueSqlCommand($"DELETE FROM {AllocationsTable.QualifiedName} WHERE child_id = ? AND version = ?", child, version);
    }

    private static void Upsert(IDocumentOperations operations, string child, long version, CaseAllocated allocated) =>
        operations.QueueSqlCommand($"""
            INSERT INTO {AllocationsTable.QualifiedName} (child_id, version, team, worker, allocated_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (child_id, version) DO UPDATE SET team = excluded.team, worker = excluded.worker, allocated_at = excluded.allocated_at
            """, child, version, allocated.Team, allocated.Worker, allocated.OccurredAt.ToUniversalTime());
}
