using JasperFx.Events;
using Journey.Domain.Corrections;
using Journey.Domain.Families;
using Marten;
using Marten.Events.Projections;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.Families;

/// <summary>
/// journey.family_members: who is in which family or sibling group, and when they joined and left.
/// One row per link, keyed by the stream version of the link, so a child who leaves and rejoins
/// keeps both memberships; corrections and withdrawals find the row by the version they change.
/// </summary>
public sealed class FamilyMembershipProjection : EventProjection
{
    public static readonly PostgresqlObjectName MembersTable = new(JourneyStore.Schema, "family_members", SchemaUtils.IdentifierUsage.General);

    public FamilyMembershipProjection()
    {
        Name = "FamilyMembership";
        var table = new Table(MembersTable);
        table.AddColumn("child_id", "text").AsPrimaryKey();
        table.AddColumn("link_version", "bigint").AsPrimaryKey();
        table.AddColumn("family_id", "text").NotNull();
        table.AddColumn("linked_at", "timestamptz").NotNull();
        table.AddColumn("relationship", "text");
        table.AddColumn("unlinked_at", "timestamptz");
        table.AddColumn("unlinked_by_version", "bigint");
        table.Indexes.Add(new IndexDefinition("ix_family_members_family") { Columns = ["family_id"] });
        SchemaObjects.Add(table);
    }

    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        var child = e.StreamKey!;
        switch (e.Data)
        {
            case FamilyLinked linked: Link(operations, child, e.Version, linked); break;
            case FamilyUnlinked unlinked: Unlink(operations, child, e.Version, unlinked); break;
            case EventCorrected { Replacement: FamilyLinked linked } corrected: Link(operations, child, corrected.CorrectedVersion, linked); break;
            case EventCorrected { Replacement: FamilyUnlinked unlinked } corrected:
                operations.QueueSqlCommand($"UPDATE {MembersTable.QualifiedName} SET unlinked_at = ? WHERE child_id = ? AND unlinked_by_version = ?",
                    unlinked.OccurredAt.ToUniversalTime(), child, corrected.CorrectedVersion);
                break;
            case EventWithdrawn { Withdrawn: FamilyLinked } withdrawn:
                operations.QueueSqlCommand($"DELETE FROM {MembersTable.QualifiedName} WHERE child_id = ? AND link_version = ?", child, withdrawn.WithdrawnVersion);
                break;
            case EventWithdrawn { Withdrawn: FamilyUnlinked } withdrawn:
                operations.QueueSqlCommand(
                    $"UPDATE {MembersTable.QualifiedName} SET unlinked_at = NULL, unlinked_by_version = NULL WHERE child_id = ? AND unlinked_by_version = ?",
                    child, withdrawn.WithdrawnVersion);
                break;
        }
        return ValueTask.CompletedTask;
    }

    private static void Link(IDocumentOperations operations, string child, long version, FamilyLinked linked)
    {
        // A relationship is optional.
        var values = new SqlValues(child, version, linked.FamilyId, linked.OccurredAt.ToUniversalTime()).Add(linked.Relationship);
        operations.QueueSqlCommand($"""
            INSERT INTO {MembersTable.QualifiedName} (child_id, link_version, family_id, linked_at, relationship) VALUES ({values.Placeholders})
            ON CONFLICT (child_id, link_version) DO UPDATE
              SET family_id = excluded.family_id, linked_at = excluded.linked_at, relationship = excluded.relationship
            """, values.Parameters);
    }

    private static void Unlink(IDocumentOperations operations, string child, long version, FamilyUnlinked unlinked) =>
        operations.QueueSqlCommand($"""
            UPDATE {MembersTable.QualifiedName} SET unlinked_at = ?, unlinked_by_version = ?
            WHERE child_id = ? AND family_id = ? AND unlinked_at IS NULL
            """, unlinked.OccurredAt.ToUniversalTime(), version, child, unlinked.FamilyId);
}
