using Journey.Domain.Protection;
using Journey.Domain.Timescales;
using Journey.Projections.Sets;
using Marten;

namespace Journey.Projections.Timeliness;

/// <summary>
/// The rows of <c>journey.measure_clocks</c> a batch of events may move, read in one statement before the batch is
/// folded (<see cref="ClockFold"/>) and written back as the difference in at most two (decision 154). The secondary
/// conference clock's rows are neither read nor written here: <c>LastDiscussionClock</c> works them out in SQL.
/// </summary>
public static class MeasureClockRows
{
    private static readonly string Table = MeasureSchema.ClocksTable.QualifiedName;

    /// <summary>One row as PostgreSQL's row_to_json writes it.</summary>
    private sealed record StoredRow(string ChildId, string Measure, int Episode, string Unit, int Target, string RuleId, DateTimeOffset StartAt,
        DateOnly StartDate, DateOnly DueDate, DateTimeOffset? DueAt, DateTimeOffset? ActualAt, DateOnly? ActualDate, DateTimeOffset? NotDueFrom,
        long? StoppedByVersion, int DueExtensionDays, DateTimeOffset? StartRecordedAt, DateTimeOffset? ActualRecordedAt, long LastEventSequence);

    /// <summary>
    /// The clock rows of <paramref name="children"/>, by child, read through the session (its connection, and its
    /// transaction when it has begun one), so a batch sees what was committed, and its own transaction wrote, before it.
    /// </summary>
    public static async Task<Dictionary<string, Dictionary<(string Measure, int Episode), ClockRow>>> Load(IDocumentOperations operations,
        IReadOnlyCollection<string> children, CancellationToken cancellation)
    {
        var rows = await SetStatements.ChildRows<StoredRow>(operations, MeasureSchema.ClocksTable, children, cancellation,
            "r.measure <> ?", ProtectionClocks.InitialConferenceFromLastDiscussion);
        var byChild = children.ToDictionary(c => c, _ => new Dictionary<(string Measure, int Episode), ClockRow>());
        foreach (var stored in rows)
        {
            var row = new ClockRow(stored.Measure, stored.Episode, stored.Unit, stored.Target, stored.RuleId, stored.StartAt, stored.StartDate,
                stored.DueDate, stored.DueAt, stored.ActualAt, stored.ActualDate, stored.NotDueFrom, stored.StoppedByVersion,
                stored.DueExtensionDays, stored.StartRecordedAt, stored.ActualRecordedAt, stored.LastEventSequence);
            byChild[stored.ChildId][row.Key] = row;
        }
        return byChild;
    }

    /// <summary>
    /// Writes what the fold changed: one delete of the rows it removed and one upsert of the rows it added or changed,
    /// whole, so the row stored is the row folded.
    /// </summary>
    public static void Write(IDocumentOperations operations, IReadOnlyDictionary<string, Dictionary<(string Measure, int Episode), ClockRow>> before,
        IReadOnlyDictionary<string, Dictionary<(string Measure, int Episode), ClockRow>> after)
    {
        var removed = before.SelectMany(b => b.Value.Keys.Where(k => !after[b.Key].ContainsKey(k)).Select(k => (Child: b.Key, k.Measure, k.Episode))).ToList();
        if (removed.Count > 0)
            operations.QueueSqlCommand($"""
                DELETE FROM {Table} t USING unnest(?::text[], ?::text[], ?::integer[]) AS d(child_id, measure, episode)
                 WHERE t.child_id = d.child_id AND t.measure = d.measure AND t.episode = d.episode
                """, removed.Select(r => r.Child).ToArray(), removed.Select(r => r.Measure).ToArray(), removed.Select(r => r.Episode).ToArray());

        var changed = after.SelectMany(a => a.Value.Values
            .Where(row => !before[a.Key].TryGetValue(row.Key, out var was) || was != row)
            .Select(row => (Child: a.Key, Row: row))).ToList();
        if (changed.Count == 0) return;
        var rows = changed.Select(c => c.Row).ToList();
        operations.QueueSqlCommand($"""
            INSERT INTO {Table} (child_id, measure, episode, unit, target, rule_id, start_at, start_date, due_date, due_at, actual_at, actual_date,
                                 not_due_from, stopped_by_version, due_extension_days, start_recorded_at, actual_recorded_at, last_event_sequence)
            SELECT * FROM unnest(?::text[], ?::text[], ?::integer[], ?::text[], ?::integer[], ?::text[], ?::timestamptz[], ?::date[], ?::date[],
                                 ?::timestamptz[], ?::timestamptz[], ?::date[], ?::timestamptz[], ?::bigint[], ?::integer[], ?::timestamptz[],
                                 ?::timestamptz[], ?::bigint[])
            ON CONFLICT (child_id, measure, episode) DO UPDATE SET
              unit = excluded.unit, target = excluded.target, rule_id = excluded.rule_id, start_at = excluded.start_at,
              start_date = excluded.start_date, due_date = excluded.due_date, due_at = excluded.due_at, actual_at = excluded.actual_at,
              actual_date = excluded.actual_date, not_due_from = excluded.not_due_from, stopped_by_version = excluded.stopped_by_version,
              due_extension_days = excluded.due_extension_days, start_recorded_at = excluded.start_recorded_at,
              actual_recorded_at = excluded.actual_recorded_at, last_event_sequence = excluded.last_event_sequence
            """,
            changed.Select(c => c.Child).ToArray(), rows.Select(r => r.Measure).ToArray(), rows.Select(r => r.Episode).ToArray(),
            rows.Select(r => r.Unit).ToArray(), rows.Select(r => r.Target).ToArray(), rows.Select(r => r.RuleId).ToArray(),
            rows.Select(r => r.StartAt).ToArray(), rows.Select(r => r.StartDate).ToArray(), rows.Select(r => r.DueDate).ToArray(),
            rows.Select(r => r.DueAt).ToArray(), rows.Select(r => r.ActualAt).ToArray(), rows.Select(r => r.ActualDate).ToArray(),
            rows.Select(r => r.NotDueFrom).ToArray(), rows.Select(r => r.StoppedByVersion).ToArray(), rows.Select(r => r.DueExtensionDays).ToArray(),
            rows.Select(r => r.StartRecordedAt).ToArray(), rows.Select(r => r.ActualRecordedAt).ToArray(), rows.Select(r => r.LastEventSequence).ToArray());
    }

}
