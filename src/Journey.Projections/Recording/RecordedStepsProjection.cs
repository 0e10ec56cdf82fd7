using System.Globalization;
using JasperFx.Events;
using Journey.Domain.Corrections;
using Journey.Domain.Journeys;
using Marten;
using Marten.Events.Projections;
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
/// transaction, and the lag report can trail the writes by a moment. It reads the envelope of
/// every event (sequence, timestamp, user, headers), so it takes events itself rather than through
/// CorrectableEventProjection, which hands subclasses only the fact. Every statement is an upsert
/// or an update to a value the event fixes, so replaying the projection over rows it already
/// wrote (Marten's rebuild, or the daemon resuming after a crash) leaves the same rows.
/// </para>
/// </summary>
public sealed class RecordedStepsProjection : EventProjection
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

    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        if (e.Data is not IJourneyEvent fact) return ValueTask.CompletedTask;
        var child = e.StreamKey!;
        long? changes = fact switch
        {
            EventCorrected c => c.CorrectedVersion,
            EventWithdrawn w => w.WithdrawnVersion,
            _ => null,
        };
        Upsert(operations, child, e, fact, changes);
        switch (fact)
        {
            case EventCorrected c:
                operations.QueueSqlCommand($"UPDATE {StepsTable.QualifiedName} SET status = 'corrected', current_occurred_at = ? WHERE child_id = ? AND version = ?",
                    c.Replacement.OccurredAt.ToUniversalTime(), child, c.CorrectedVersion);
                break;
            case EventWithdrawn w:
                operations.QueueSqlCommand($"UPDATE {StepsTable.QualifiedName} SET status = 'withdrawn' WHERE child_id = ? AND version = ?",
                    child, w.WithdrawnVersion);
                break;
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The row as this event states it. Replaying a step resets its status and current date, and its
    /// later correction or withdrawal, replayed after it in sequence, sets them again.
    /// </summary>
    private static void Upsert(IDocumentOperations operations, string child, IEvent e, IJourneyEvent fact, long? changes)
    {
        var occurred = fact.OccurredAt.ToUniversalTime();
        // Who recorded, when imported and what it changes are optional.
        var values = new SqlValues(child, e.Version, e.Sequence, fact.GetType().Name, occurred, e.Timestamp.ToUniversalTime(), occurred, "recorded")
            .Add(e.UserName).Add(ImportedAt(e)).Add(changes);
        operations.QueueSqlCommand($"""
            INSERT INTO {StepsTable.QualifiedName}
              (child_id, version, sequence, event_type, occurred_at, recorded_at, current_occurred_at, status, recorded_by, imported_at, changes_version)
            VALUES ({values.Placeholders})
            ON CONFLICT (child_id, version) DO UPDATE SET
              sequence = excluded.sequence, event_type = excluded.event_type, occurred_at = excluded.occurred_at,
              recorded_at = excluded.recorded_at, current_occurred_at = excluded.current_occurred_at, status = excluded.status,
              recorded_by = excluded.recorded_by, imported_at = excluded.imported_at, changes_version = excluded.changes_version
            """, values.Parameters);
    }

    /// <summary>When an imported step was loaded here (the importer's importedAt header); null for steps recorded through the API.</summary>
    private static DateTimeOffset? ImportedAt(IEvent e) =>
        e.Headers?.GetValueOrDefault("importedAt") is { } at
            ? DateTimeOffset.Parse(at.ToString()!, CultureInfo.InvariantCulture).ToUniversalTime()
            : null;
}
