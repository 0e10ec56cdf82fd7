using JasperFx.Events;
using Journey.Domain.Protection;
using Journey.Projections.Sets;
using Journey.Projections.Timeliness;
using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.Protection;

/// <summary>
/// The secondary view of the initial conference (domain reference section 3): the clock
/// <see cref="ProtectionClocks.InitialConferenceFromLastDiscussion"/> runs from the last strategy
/// discussion held for the enquiry before its conference, where the primary clock runs from the
/// discussion that initiated it. A discussion belongs to the latest enquiry started at or before it,
/// from the enquiry's start until its conference is held (or it concludes asking for none). The
/// clock is worked out again in SQL from journey.strategy_discussions and the primary clock's row
/// whenever either may have moved, so a later discussion, a correction or a withdrawal moves it;
/// the conference, the enquiry's conclusion and their corrections reach it through the primary row,
/// whose actual and not-due columns it copies. Which steps move it is protection's to say
/// (<see cref="ProtectionClocks"/>: <see cref="NoteDiscussion"/>, <see cref="RecountFromLastDiscussion"/>); the
/// measures projection keeps the discussions and works the clock out once a batch, in its transaction and its tables.
/// </summary>
public static class LastDiscussionClock
{
    public static readonly PostgresqlObjectName DiscussionsTable = new(JourneyStore.Schema, "strategy_discussions", SchemaUtils.IdentifierUsage.General);

    /// <summary>One row per strategy discussion held, keyed by its stream version so corrections and withdrawals find it.</summary>
    public static Table Discussions()
    {
        var table = new Table(DiscussionsTable);
        table.AddColumn("child_id", "text").AsPrimaryKey();
        table.AddColumn("version", "bigint").AsPrimaryKey();
        table.AddColumn("discussion_number", "integer").NotNull();
        table.AddColumn("held_at", "timestamptz").NotNull();
        table.AddColumn("initiates_section47", "boolean").NotNull();
        // When it was first recorded: the secondary clock's start_recorded_at (a correction keeps it).
        table.AddColumn("recorded_at", "timestamptz").NotNull();
        return table;
    }

    /// <summary>One discussion held, as its row: keyed by child and the stream version of the step.</summary>
    public sealed record DiscussionRow(string ChildId, long Version, int DiscussionNumber, DateTimeOffset HeldAt, bool InitiatesSection47,
        DateTimeOffset RecordedAt);

    /// <summary>
    /// A batch's changes to the discussions kept. A discussion noted again (corrected) keeps when it was first
    /// recorded, as the upsert that leaves recorded_at alone did; one forgotten (withdrawn) is deleted.
    /// </summary>
    public static RowChanges<(string Child, long Version), DiscussionRow> Changes() =>
        new((earlier, later) => later with { RecordedAt = earlier.RecordedAt });

    public static void Held(RowChanges<(string Child, long Version), DiscussionRow> changes, IEvent e, string child, long version, NoteDiscussion discussion) =>
        changes.Upsert((child, version), new DiscussionRow(child, version, discussion.DiscussionNumber, discussion.HeldAt.ToUniversalTime(),
            discussion.InitiatesSection47, e.Timestamp.ToUniversalTime()));

    public static void Withdrawn(RowChanges<(string Child, long Version), DiscussionRow> changes, string child, long version) =>
        changes.Delete((child, version));

    /// <summary>A batch's discussions written: one delete, then one upsert.</summary>
    public static void Write(IDocumentOperations operations, RowChanges<(string Child, long Version), DiscussionRow> changes)
    {
        SetStatements.DeleteChildRows(operations, DiscussionsTable, "version", "bigint", changes.Deletes);
        var rows = changes.Upserts;
        if (rows.Count == 0) return;
        operations.QueueSqlCommand($"""
            INSERT INTO {DiscussionsTable.QualifiedName} (child_id, version, discussion_number, held_at, initiates_section47, recorded_at)
            SELECT * FROM unnest(?::text[], ?::bigint[], ?::integer[], ?::timestamptz[], ?::boolean[], ?::timestamptz[])
            ON CONFLICT (child_id, version) DO UPDATE SET discussion_number = excluded.discussion_number, held_at = excluded.held_at,
              initiates_section47 = excluded.initiates_section47
            """, rows.Select(r => r.ChildId).ToArray(), rows.Select(r => r.Version).ToArray(), rows.Select(r => r.DiscussionNumber).ToArray(),
            rows.Select(r => r.HeldAt).ToArray(), rows.Select(r => r.InitiatesSection47).ToArray(), rows.Select(r => r.RecordedAt).ToArray());
    }

    /// <summary>
    /// Replaces the secondary clocks of the children in <paramref name="recounts"/> with one per primary
    /// initial-conference clock, started at the latest discussion in its window and due by the rulebook in force on
    /// that date; each row's last_event_sequence is the child's last event in the batch that asked for the recount.
    /// Runs once for the batch, after its clock rows and discussions are written, so it sees them: every step that
    /// moves a primary conference clock or a discussion ends with a recount (<see cref="ProtectionClocks"/>), so
    /// nothing after a child's last recount in the batch moves what it reads, and working it out once at the end gives
    /// what working it out after each of them gave (decision 154).
    /// </summary>
    public static void Recompute(IDocumentOperations operations, IReadOnlyDictionary<string, long> recounts)
    {
        if (recounts.Count == 0) return;
        var clocks = MeasureSchema.ClocksTable.QualifiedName;
        var children = recounts.Keys.ToArray();
        operations.QueueSqlCommand(
            $"DELETE FROM {clocks} WHERE child_id = ANY(?) AND measure = '{ProtectionClocks.InitialConferenceFromLastDiscussion}'", [children]);
        operations.QueueSqlCommand($"""
            INSERT INTO {clocks} (child_id, measure, episode, unit, target, rule_id, start_at, start_date, due_date,
                                  actual_at, actual_date, not_due_from, stopped_by_version, start_recorded_at, actual_recorded_at, last_event_sequence)
            SELECT p.child_id, '{ProtectionClocks.InitialConferenceFromLastDiscussion}', p.episode, r.unit, r.target, r.rule_id,
                   d.held_at, d.held_date, due.due_date,
                   p.actual_at, p.actual_date, p.not_due_from, p.stopped_by_version, d.recorded_at, p.actual_recorded_at, b.sequence
            FROM {clocks} p
            JOIN unnest(?::text[], ?::bigint[]) AS b(child_id, sequence) ON b.child_id = p.child_id
            CROSS JOIN LATERAL (
              SELECT discussion.held_at, (discussion.held_at AT TIME ZONE 'Europe/London')::date AS held_date, discussion.recorded_at
              FROM {DiscussionsTable.QualifiedName} discussion
              WHERE discussion.child_id = p.child_id AND discussion.held_at >= p.start_at
                AND (p.actual_at IS NULL OR discussion.held_at <= p.actual_at)
                AND (p.not_due_from IS NULL OR discussion.held_at <= p.not_due_from)
                -- a discussion at or after a later enquiry's start is that enquiry's
                AND NOT EXISTS (SELECT 1 FROM {clocks} n
                                WHERE n.child_id = p.child_id AND n.measure = '{ProtectionClocks.InitialConference}'
                                  AND n.start_at > p.start_at AND n.start_at <= discussion.held_at)
              ORDER BY discussion.held_at DESC, discussion.version DESC LIMIT 1) d
            CROSS JOIN LATERAL {JourneyStore.Schema}.rule_in_force('{ProtectionClocks.InitialConferenceFromLastDiscussion}', d.held_date) r
            CROSS JOIN LATERAL {JourneyStore.Schema}.due_by_rule('{ProtectionClocks.InitialConferenceFromLastDiscussion}', d.held_date, d.held_date) due
            -- no rule in force, or one in hours (which gives no date): no clock rather than a guessed one
            WHERE p.measure = '{ProtectionClocks.InitialConference}' AND due.due_date IS NOT NULL
            """, children, children.Select(c => recounts[c]).ToArray());
    }
}
