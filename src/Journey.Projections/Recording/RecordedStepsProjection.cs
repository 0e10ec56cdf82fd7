using System.Globalization;
using JasperFx.Events;
using Journey.Domain.Corrections;
using Journey.Domain.Journeys;
using Journey.Projections.Sets;
using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.Recording;

/// <summary>
/// journey.recorded_steps: one row per journey event, keyed by child and stream version, saying
/// when the step happened (as that event said, and as it now stands after corrections), when it was
/// recorded (the event's timestamp: for an import, the source system's recordedAt) and by whom, and
/// its global sequence. Corrections and withdrawals are rows of their own, naming the version they
/// change, and mark that step corrected or withdrawn. journey.recording_lag(from, to) reads it.
/// <para>
/// Run by the async daemon (docs/decisions.md): nothing here is needed inside the write's
/// transaction, and the lag report can trail the writes by a moment. Each page of events the daemon
/// hands it is written in two statements (<see cref="SetProjection"/>). It reads the envelope of
/// every event (sequence, timestamp, user, headers), so it takes events itself rather than as
/// facts (StepFact, which hands on the fact a correction or withdrawal states). Every statement is an upsert
/// or an update to a value the event fixes, so replaying the projection over rows it already
/// wrote (Marten's rebuild, or the daemon resuming after a crash) leaves the same rows.
/// </para>
/// </summary>
public sealed class RecordedStepsProjection : SetProjection
{
    public const string ProjectionName = "RecordedSteps";
    /// <summary>The daemon's one shard for it: its progress row in mt_event_progression.</summary>
    public const string ShardName = ProjectionName + ":All";
    public static readonly PostgresqlObjectName StepsTable = new(JourneyStore.Schema, "recorded_steps", SchemaUtils.IdentifierUsage.General);

    public RecordedStepsProjection()
    {
        Name = ProjectionName;
        var table = new Table(StepsTable);
        table.AddColumn("child_id", "text").AsPrimaryKey();
        table.AddColumn("version", "bigint").AsPrimaryKey();
        table.AddColumn("sequence", "bigint").NotNull();
        table.AddColumn("event_type", "text").NotNull();
        table.AddColumn("occurred_at", "timestamptz").NotNull();
        table.AddColumn("recorded_at", "timestamptz").NotNull();
        table.AddColumn("recorded_by", "text");
        table.AddColumn("imported_at", "timestamptz");
        table.AddColumn("changes_version", "bigint");
        table.AddColumn("status", "text").NotNull();
        table.AddColumn("current_occurred_at", "timestamptz").NotNull();
        table.Indexes.Add(new IndexDefinition("recorded_steps_recorded_at") { Columns = ["recorded_at"] });
        SchemaObjects.Add(table);
        SchemaObjects.Add(RecordingLagSchema.Function());
    }

    /// <summary>
    /// The batch's rows in two statements: every event's own row upserted (one per key, the last in
    /// sequence order), then the corrected and withdrawn steps' status set. A step always comes before
    /// its correction or withdrawal, so setting statuses after the upserts gives what writing each
    /// event's statements in turn gave.
    /// </summary>
    protected override void ApplyBatch(IDocumentOperations operations, IReadOnlyList<IEvent> events)
    {
        var rows = new RowChanges<(string, long), StepRow>();
        var statuses = new RowChanges<(string, long), StatusChange>(
            (earlier, later) => later with { CurrentOccurredAt = later.CurrentOccurredAt ?? earlier.CurrentOccurredAt });
        foreach (var e in events)
        {
            if (e.Data is not IJourneyEvent fact) continue;
            var child = e.StreamKey!;
            long? changes = fact switch
            {
                EventCorrected c => c.CorrectedVersion,
                EventWithdrawn w => w.WithdrawnVersion,
                _ => null,
            };
            rows.Upsert((child, e.Version), Row(child, e, fact, changes));
            switch (fact)
            {
                case EventCorrected c:
                    statuses.Upsert((child, c.CorrectedVersion), new StatusChange(child, c.CorrectedVersion, "corrected", c.Replacement.OccurredAt.ToUniversalTime()));
                    break;
                case EventWithdrawn w:
                    statuses.Upsert((child, w.WithdrawnVersion), new StatusChange(child, w.WithdrawnVersion, "withdrawn", null));
                    break;
            }
        }
        Upsert(operations, rows.Upserts);
        SetStatuses(operations, statuses.Upserts);
    }

    /// <summary>A step's row as its event states it.</summary>
    private sealed record StepRow(string Child, long Version, long Sequence, string EventType, DateTimeOffset OccurredAt, DateTimeOffset RecordedAt,
        string? RecordedBy, DateTimeOffset? ImportedAt, long? ChangesVersion);

    /// <summary>What a correction or withdrawal sets on the step it changes (a withdrawal leaves the current date as it is).</summary>
    private sealed record StatusChange(string Child, long Version, string Status, DateTimeOffset? CurrentOccurredAt);

    private static StepRow Row(string child, IEvent e, IJourneyEvent fact, long? changes) =>
        new(child, e.Version, e.Sequence, fact.GetType().Name, fact.OccurredAt.ToUniversalTime(), e.Timestamp.ToUniversalTime(), e.UserName, ImportedAt(e), changes);

    /// <summary>
    /// The rows as their events state them. Replaying a step resets its status and current date, and its
    /// later correction or withdrawal, replayed after it in sequence, sets them again.
    /// </summary>
    private static void Upsert(IDocumentOperations operations, IReadOnlyList<StepRow> rows)
    {
        if (rows.Count == 0) return;
        operations.QueueSqlCommand($"""
            INSERT INTO {StepsTable.QualifiedName}
              (child_id, version, sequence, event_type, occurred_at, recorded_at, current_occurred_at, status, recorded_by, imported_at, changes_version)
            SELECT r.child_id, r.version, r.sequence, r.event_type, r.occurred_at, r.recorded_at, r.occurred_at, 'recorded', r.recorded_by, r.imported_at, r.changes_version
              FROM unnest(?::text[], ?::bigint[], ?::bigint[], ?::text[], ?::timestamptz[], ?::timestamptz[], ?::text[], ?::timestamptz[], ?::bigint[])
                AS r(child_id, version, sequence, event_type, occurred_at, recorded_at, recorded_by, imported_at, changes_version)
            ON CONFLICT (child_id, version) DO UPDATE SET
              sequence = excluded.sequence, event_type = excluded.event_type, occurred_at = excluded.occurred_at,
              recorded_at = excluded.recorded_at, current_occurred_at = excluded.current_occurred_at, status = excluded.status,
              recorded_by = excluded.recorded_by, imported_at = excluded.imported_at, changes_version = excluded.changes_version
            """,
            rows.Select(r => r.Child).ToArray(), rows.Select(r => r.Version).ToArray(), rows.Select(r => r.Sequence).ToArray(),
            rows.Select(r => r.EventType).ToArray(), rows.Select(r => r.OccurredAt).ToArray(), rows.Select(r => r.RecordedAt).ToArray(),
            rows.Select(r => r.RecordedBy).ToArray(), rows.Select(r => r.ImportedAt).ToArray(), rows.Select(r => r.ChangesVersion).ToArray());
    }

    private static void SetStatuses(IDocumentOperations operations, IReadOnlyList<StatusChange> changes)
    {
        if (changes.Count == 0) return;
        operations.QueueSqlCommand($"""
            UPDATE {StepsTable.QualifiedName} s SET status = c.status, current_occurred_at = coalesce(c.current_occurred_at, s.current_occurred_at)
              FROM unnest(?::text[], ?::bigint[], ?::text[], ?::timestamptz[]) AS c(child_id, version, status, current_occurred_at)
             WHERE s.child_id = c.child_id AND s.version = c.version
            """,
            changes.Select(c => c.Child).ToArray(), changes.Select(c => c.Version).ToArray(), changes.Select(c => c.Status).ToArray(),
            changes.Select(c => c.CurrentOccurredAt).ToArray());
    }

    /// <summary>When an imported step was loaded here (the importer's importedAt header); null for steps recorded through the API.</summary>
    private static DateTimeOffset? ImportedAt(IEvent e) =>
        e.Headers?.GetValueOrDefault("importedAt") is { } at
            ? DateTimeOffset.Parse(at.ToString()!, CultureInfo.InvariantCulture).ToUniversalTime()
            : null;
}
