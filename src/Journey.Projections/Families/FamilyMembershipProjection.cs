using JasperFx.Events;
using Journey.Domain.Families;
using Journey.Projections.Sets;
using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.Families;

/// <summary>
/// journey.family_members: who is in which family or sibling group, and when they joined and left.
/// One row per link, keyed by the stream version of the link, so a child who leaves and rejoins
/// keeps both memberships; corrections and withdrawals find the row by the version they change.
/// </summary>
/// <remarks>
/// Written in sets (decision 172). Leaving a family closes the child's open link to it, which only the rows as they
/// stand say, so a batch reads its children's rows once (through the session, as the measure clocks do: decision 155),
/// folds its events into them in memory, in sequence order, and writes what changed: one delete and one upsert.
/// </remarks>
public sealed class FamilyMembershipProjection : SetProjection
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

    /// <summary>One row of journey.family_members, as PostgreSQL's row_to_json writes it.</summary>
    private sealed record MemberRow(string ChildId, long LinkVersion, string FamilyId, DateTimeOffset LinkedAt, string? Relationship,
        DateTimeOffset? UnlinkedAt, long? UnlinkedByVersion);

    protected override async Task ApplyBatchAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var facts = StepFact.Of(events).Where(f => f.Fact is FamilyLinked or FamilyUnlinked).ToList();
        if (facts.Count == 0) return;
        var before = await Load(operations, facts.Select(f => f.Child).Distinct().ToList(), cancellation);
        var after = before.ToDictionary(b => b.Key, b => new Dictionary<long, MemberRow>(b.Value));
        foreach (var f in facts) Fold(after[f.Child], f.Child, f.Correction, f.Version, f.Fact, f.Withdrawn);
        Write(operations, before, after);
    }

    /// <summary>
    /// What each statement of the projection did, as code: a link upserts its row (keeping when it was left); leaving
    /// closes every open link to that family; a correction moves a link or the time it was left; a withdrawal removes a
    /// link or reopens what its leaving closed.
    /// </summary>
    private static void Fold(Dictionary<long, MemberRow> rows, string child, bool correction, long version, object fact, bool withdrawn)
    {
        switch (fact)
        {
            case FamilyLinked when withdrawn: rows.Remove(version); break;
            case FamilyLinked linked:
                var row = new MemberRow(child, version, linked.FamilyId, linked.OccurredAt.ToUniversalTime(), linked.Relationship, null, null);
                rows[version] = rows.TryGetValue(version, out var was) ? row with { UnlinkedAt = was.UnlinkedAt, UnlinkedByVersion = was.UnlinkedByVersion } : row;
                break;
            case FamilyUnlinked when withdrawn:
                Set(rows, r => r.UnlinkedByVersion == version, r => r with { UnlinkedAt = null, UnlinkedByVersion = null });
                break;
            case FamilyUnlinked unlinked when correction:
                Set(rows, r => r.UnlinkedByVersion == version, r => r with { UnlinkedAt = unlinked.OccurredAt.ToUniversalTime() });
                break;
            case FamilyUnlinked unlinked:
                Set(rows, r => r.FamilyId == unlinked.FamilyId && r.UnlinkedAt is null,
                    r => r with { UnlinkedAt = unlinked.OccurredAt.ToUniversalTime(), UnlinkedByVersion = version });
                break;
        }
    }

    private static void Set(Dictionary<long, MemberRow> rows, Func<MemberRow, bool> where, Func<MemberRow, MemberRow> change)
    {
        foreach (var row in rows.Values.Where(where).ToList()) rows[row.LinkVersion] = change(row);
    }

    /// <summary>The rows of <paramref name="children"/>, by child and link version, read through the session.</summary>
    private static async Task<Dictionary<string, Dictionary<long, MemberRow>>> Load(IDocumentOperations operations, IReadOnlyList<string> children,
        CancellationToken cancellation)
    {
        var byChild = children.ToDictionary(c => c, _ => new Dictionary<long, MemberRow>());
        foreach (var row in await SetStatements.ChildRows<MemberRow>(operations, MembersTable, children, cancellation))
            byChild[row.ChildId][row.LinkVersion] = row;
        return byChild;
    }

    /// <summary>The rows the fold removed, in one delete, and those it added or changed, whole, in one upsert.</summary>
    private static void Write(IDocumentOperations operations, Dictionary<string, Dictionary<long, MemberRow>> before,
        Dictionary<string, Dictionary<long, MemberRow>> after)
    {
        var removed = before.SelectMany(b => b.Value.Keys.Where(v => !after[b.Key].ContainsKey(v)).Select(v => (b.Key, v))).ToList();
        SetStatements.DeleteChildRows(operations, MembersTable, "link_version", "bigint", removed);
        var rows = after.SelectMany(a => a.Value.Values.Where(r => !before[a.Key].TryGetValue(r.LinkVersion, out var was) || was != r)).ToList();
        if (rows.Count == 0) return;
        operations.QueueSqlCommand($"""
            INSERT INTO {MembersTable.QualifiedName} (child_id, link_version, family_id, linked_at, relationship, unlinked_at, unlinked_by_version)
            SELECT * FROM unnest(?::text[], ?::bigint[], ?::text[], ?::timestamptz[], ?::text[], ?::timestamptz[], ?::bigint[])
            ON CONFLICT (child_id, link_version) DO UPDATE SET
              family_id = excluded.family_id, linked_at = excluded.linked_at, relationship = excluded.relationship,
              unlinked_at = excluded.unlinked_at, unlinked_by_version = excluded.unlinked_by_version
            """, rows.Select(r => r.ChildId).ToArray(), rows.Select(r => r.LinkVersion).ToArray(), rows.Select(r => r.FamilyId).ToArray(),
            rows.Select(r => r.LinkedAt).ToArray(), rows.Select(r => r.Relationship).ToArray(), rows.Select(r => r.UnlinkedAt).ToArray(),
            rows.Select(r => r.UnlinkedByVersion).ToArray());
    }
}
