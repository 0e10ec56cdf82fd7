using Journey.Domain.Corrections;
using Journey.Domain.Families;
using Journey.Domain.Journeys;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.Families;

/// <summary>
/// journey.family_members: who is in which family or sibling group, and when they joined and left.
/// Inline, keyed by family, child and the stream version of the link.
/// </summary>
public sealed class FamilyMembershipProjection : EventProjection
{
    public static readonly PostgresqlObjectName MembersTable = new(JourneyStore.Schema, "family_members", SchemaUtils.IdentifierUsage.General);

    public FamilyMembershipProjection()
    {
        Name = "FamilyMembership";
        var table = new Table(MembersTable);
        table.AddColumn("family_id", "text").AsPrimaryKey();
        table.AddColumn("child_id", "text").AsPrimaryKey();
        table.AddColumn("linked_at", "timestamptz").NotNull();
        table.AddColumn("relationship", "text");
        table.AddColumn("unlinked_at", "timestamptz");
        table.Indexes.Add(new IndexDefinition("ix_family_members_child") { Columns = ["child_id"] });
        SchemaObjects.Add(table);
    }

    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        var child = e.StreamKey!;
        switch (e.Data)
        {
            case EventCorrected { Original: FamilyLinked before, Replacement: FamilyLinked after }:
                Remove(operations, before.FamilyId, child);
                Link(operations, child, after);
                break;
            case EventCorrected { Replacement: FamilyUnlinked after }:
                Unlink(operations, child, after);
                break;
            case EventWithdrawn { Withdrawn: FamilyLinked linked }:
                Remove(operations, linked.FamilyId, child);
                break;
            case EventWithdrawn { Withdrawn: FamilyUnlinked unlinked }:
                operations.QueueSqlCommand($"UPDATE {MembersTable.QualifiedName} SET unlinked_at = NULL WHERE family_id = ? AND child_id = ?",
                    unlinked.FamilyId, child);
                break;
            case FamilyLinked linked: Link(operations, child, linked); break;
            case FamilyUnlinked unlinked: Unlink(operations, child, unlinked); break;
        }
        return ValueTask.CompletedTask;
    }

    private static void Link(IDocumentOperations operations, string child, FamilyLinked linked)
    {
        // A relationship is optional: leave it out of the statement rather than bind a typeless null.
        var relationship = linked.Relationship is null ? "NULL" : "?";
        object[] values = linked.Relationship is null
            ? [linked.FamilyId, child, linked.OccurredAt.ToUniversalTime()]
            : [linked.FamilyId, child, linked.OccurredAt.ToUniversalTime(), linked.Relationship];
        operations.QueueSqlCommand($"""
            INSERT INTO {MembersTable.QualifiedName} (family_id, child_id, linked_at, relationship) VALUES (?, ?, ?, {relationship})
            ON CONFLICT (family_id, child_id) DO UPDATE SET linked_at = excluded.linked_at, relationship = excluded.relationship, unlinked_at = NULL
            """, values);
    }

    private static void Unlink(IDocumentOperations operations, string child, FamilyUnlinked unlinked) =>
        operations.QueueSqlCommand($"UPDATE {MembersTable.QualifiedName} SET unlinked_at = ? WHERE family_id = ? AND child_id = ?",
            unlinked.OccurredAt.ToUniversalTime(), unlinked.FamilyId, child);

    private static void Remove(IDocumentOperations operations, string family, string child) =>
        operations.QueueSqlCommand($"DELETE FROM {MembersTable.QualifiedName} WHERE family_id = ? AND child_id = ?", family, child);
}
