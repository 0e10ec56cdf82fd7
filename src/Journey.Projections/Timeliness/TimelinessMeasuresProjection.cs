using JasperFx.Events;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Timescales;
using Journey.Projections.Protection;
using Marten;
using Marten.Events.Projections;

namespace Journey.Projections.Timeliness;

/// <summary>
/// Starts and stops each child's timeliness clocks in <c>journey.measure_clocks</c> as events are
/// appended. Runs inline: a practitioner's write and its measure rows commit in one transaction.
/// Each row is keyed by child, measure and episode (the contact, referral or enquiry number), and
/// every statement is an upsert, so replaying the events rebuilds the same rows. Which event moves
/// which clock is each capability's to declare (<c>FrontDoor/FrontDoorClocks.cs</c>, ..., decision 116);
/// this projection asks <see cref="JourneyClocks"/> for an event's changes (a correction's and a
/// withdrawal's are derived from the step's, decision 117) and runs one statement per change (decision 118).
/// </summary>
public sealed class TimelinessMeasuresProjection : EventProjection
{
    private readonly TimelinessClocks _clocks;

    public TimelinessMeasuresProjection(TimelinessClocks clocks)
    {
        _clocks = clocks;
        Name = "TimelinessMeasures";
        SchemaObjects.Add(MeasureSchema.Clocks());
        // measures_at reads measure_rows_for_month, so that is created first.
        SchemaObjects.Add(MeasureSchema.MeasureRowsForMonth());
        SchemaObjects.Add(MeasureSchema.MeasuresAt());
        SchemaObjects.Add(MeasureSchema.MeasuresAtForMonth());
        SchemaObjects.Add(MeasureSchema.MeasuresAsAt());
        SchemaObjects.Add(MeasureSchema.MeasuresAsRecorded());
        SchemaObjects.Add(MeasureSchema.ElapsedUnit());
        SchemaObjects.Add(MeasureSchema.MeasuresNow());
        SchemaObjects.Add(LastDiscussionClock.Discussions());
    }

    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        if (e.Data is not IJourneyEvent recorded) return ValueTask.CompletedTask;
        // What the step (or the step a correction or withdrawal is about) does, as its capability declares it.
        var (step, changes) = JourneyClocks.Of(recorded, e.Version);
        foreach (var change in changes) Apply(operations, e, e.StreamKey!, step, change);
        return ValueTask.CompletedTask;
    }

    /// <summary>One change as its statement, in the order the capability lists them.</summary>
    /// <param name="step">The stream version of the step making the change (for a correction or withdrawal, the corrected or withdrawn step's).</param>
    private void Apply(IDocumentOperations operations, IEvent e, string child, long step, ClockChange change)
    {
        switch (change)
        {
            case StartClock start: Start(operations, e, child, start.Measure, start.Episode, start.StartAt); break;
            case RemoveClock remove: Remove(operations, child, remove.Measure, remove.Episode); break;
            case StopClock stop: Stop(operations, e, child, stop.Measure, stop.Episode, stop.StoppedAt, step); break;
            case ReopenClock reopen: Reopen(operations, e, child, reopen.Measure, reopen.Episode, step); break;
            case StopOpenClocks stop: StopAllOpen(operations, e, child, stop.Measure, stop.StoppedAt, step); break;
            case ReopenClocksItStopped reopen: ReopenAllStoppedBy(operations, e, child, reopen.Measure, step); break;
            case NotDueFrom notDue: NotDueFrom(operations, e, child, notDue.Measure, notDue.Episode, notDue.From); break;
            case DueAgain due: NotDueFrom(operations, e, child, due.Measure, due.Episode, null); break;
            case OpenClocksNotDueFrom notDue: NotDueFromAllOpen(operations, e, child, notDue.Measure, notDue.From); break;
            case OpenClocksDueAgain due: DueAgainAllOpen(operations, e, child, due.Measure); break;
            case MoveDueDate move: MoveDue(operations, e, child, move.Measure, move.Episode, move.Days); break;
            case NoteDiscussion discussion: LastDiscussionClock.Held(operations, e, child, step, discussion); break;
            case ForgetDiscussion: LastDiscussionClock.Withdrawn(operations, child, step); break;
            case RecountFromLastDiscussion: LastDiscussionClock.Recompute(operations, e, child); break;
            default: throw new InvalidOperationException($"The measures projection has no statement for a {change.GetType().Name}.");
        }
    }

    private static void Remove(IDocumentOperations operations, string child, string measure, int episode) =>
        operations.QueueSqlCommand(
            $"DELETE FROM {MeasureSchema.ClocksTable.QualifiedName} WHERE child_id = ? AND measure = ? AND episode = ?",
            child, measure, episode);

    /// <summary>Moves a clock's due date by whole days (an extension granted, corrected or withdrawn).</summary>
    private static void MoveDue(IDocumentOperations operations, IEvent e, string child, string measure, int episode, int days) =>
        operations.QueueSqlCommand($"""
            UPDATE {MeasureSchema.ClocksTable.QualifiedName}
            SET due_date = due_date + ?, due_extension_days = due_extension_days + ?, last_event_sequence = ?
            WHERE child_id = ? AND measure = ? AND episode = ?
            """, days, days, e.Sequence, child, measure, episode);

    /// <summary>Stops every clock of a measure still running for the child (or, correcting, those this step stopped).</summary>
    private static void StopAllOpen(IDocumentOperations operations, IEvent e, string child, string measure, DateTimeOffset actualAt, long stoppedBy) =>
        operations.QueueSqlCommand($"""
            UPDATE {MeasureSchema.ClocksTable.QualifiedName}
            SET actual_at = ?, actual_date = ?, stopped_by_version = ?, last_event_sequence = ?,
                actual_recorded_at = CASE WHEN stopped_by_version = ? THEN actual_recorded_at ELSE ? END
            WHERE child_id = ? AND measure = ? AND start_at <= ? AND (actual_at IS NULL OR stopped_by_version = ?)
            """, actualAt.ToUniversalTime(), UkTime.DateOf(actualAt), stoppedBy, e.Sequence, stoppedBy, e.Timestamp.ToUniversalTime(),
            child, measure, actualAt.ToUniversalTime(), stoppedBy);

    private static void ReopenAllStoppedBy(IDocumentOperations operations, IEvent e, string child, string measure, long stoppedBy) =>
        operations.QueueSqlCommand($"""
            UPDATE {MeasureSchema.ClocksTable.QualifiedName}
            SET actual_at = NULL, actual_date = NULL, stopped_by_version = NULL, actual_recorded_at = NULL, last_event_sequence = ?
            WHERE child_id = ? AND measure = ? AND stopped_by_version = ?
            """, e.Sequence, child, measure, stoppedBy);

    private static void NotDueFromAllOpen(IDocumentOperations operations, IEvent e, string child, string measure, DateTimeOffset from) =>
        operations.QueueSqlCommand($"""
            UPDATE {MeasureSchema.ClocksTable.QualifiedName} SET not_due_from = ?, last_event_sequence = ?
            WHERE child_id = ? AND measure = ? AND actual_at IS NULL
            """, from.ToUniversalTime(), e.Sequence, child, measure);

    private static void DueAgainAllOpen(IDocumentOperations operations, IEvent e, string child, string measure) =>
        operations.QueueSqlCommand($"""
            UPDATE {MeasureSchema.ClocksTable.QualifiedName} SET not_due_from = NULL, last_event_sequence = ?
            WHERE child_id = ? AND measure = ? AND actual_at IS NULL
            """, e.Sequence, child, measure);

    /// <summary>Only the withdrawal of the step that stopped a clock reopens it.</summary>
    private static void Reopen(IDocumentOperations operations, IEvent e, string child, string measure, int episode, long stoppedBy) =>
        operations.QueueSqlCommand($"""
            UPDATE {MeasureSchema.ClocksTable.QualifiedName}
            SET actual_at = NULL, actual_date = NULL, stopped_by_version = NULL, actual_recorded_at = NULL, last_event_sequence = ?
            WHERE child_id = ? AND measure = ? AND episode = ? AND stopped_by_version = ?
            """, e.Sequence, child, measure, episode, stoppedBy);

    /// <summary>
    /// A clock not yet stopped stops being due from <paramref name="notDueFrom"/> (null: due again).
    /// A clock already stopped keeps its result.
    /// </summary>
    private static void NotDueFrom(IDocumentOperations operations, IEvent e, string child, string measure, int episode, DateTimeOffset? notDueFrom)
    {
        // A null is left out of the parameters rather than bound without a type.
        var value = notDueFrom is null ? "NULL" : "?";
        object[] parameters = notDueFrom is { } from
            ? [from.ToUniversalTime(), e.Sequence, child, measure, episode]
            : [e.Sequence, child, measure, episode];
        operations.QueueSqlCommand($"""
            UPDATE {MeasureSchema.ClocksTable.QualifiedName} SET not_due_from = {value}, last_event_sequence = ?
            WHERE child_id = ? AND measure = ? AND episode = ? AND actual_at IS NULL
            """, parameters);
    }

    private void Start(IDocumentOperations operations, IEvent e, string child, string measure, int episode, DateTimeOffset startAt)
    {
        // No rule in force on the start date: the duty did not exist yet, so no clock starts (and a
        // correction moving the start before it removes the clock it had started).
        if (!_clocks.Rulebook.InForce(measure, UkTime.DateOf(startAt)))
        {
            Remove(operations, child, measure, episode);
            return;
        }
        var clock = _clocks.Start(measure, startAt);
        var columns = "child_id, measure, episode, unit, target, rule_id, start_at, start_date, due_date, start_recorded_at, last_event_sequence";
        var values = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
        var parameters = new List<object>
        {
            child, measure, episode, TimescaleUnits.Name(clock.Rule.Unit), clock.Rule.Target, clock.Rule.RuleId,
            clock.StartAt.ToUniversalTime(), clock.StartDate, clock.DueDate, e.Timestamp.ToUniversalTime(), e.Sequence
        };
        if (clock.DueAt is { } dueAt)
        {
            columns += ", due_at";
            values += ", ?";
            parameters.Add(dueAt.ToUniversalTime());
        }
        operations.QueueSqlCommand($"""
            INSERT INTO {MeasureSchema.ClocksTable.QualifiedName} ({columns}) VALUES ({values})
            ON CONFLICT (child_id, measure, episode) DO UPDATE SET
              unit = excluded.unit, target = excluded.target, rule_id = excluded.rule_id,
              start_at = excluded.start_at, start_date = excluded.start_date,
              due_date = excluded.due_date + {MeasureSchema.ClocksTable.QualifiedName}.due_extension_days, due_at = excluded.due_at,
              last_event_sequence = excluded.last_event_sequence
            """, parameters.ToArray());
    }

    /// <summary>
    /// The first step to stop a clock stops it; a later one (a second assessment on the same
    /// referral, a new decision after an overturned one) leaves it, unless it corrects that first step.
    /// </summary>
    private static void Stop(IDocumentOperations operations, IEvent e, string child, string measure, int episode, DateTimeOffset actualAt, long stoppedBy) =>
        operations.QueueSqlCommand($"""
            UPDATE {MeasureSchema.ClocksTable.QualifiedName}
            SET actual_at = ?, actual_date = ?, stopped_by_version = ?, last_event_sequence = ?,
                actual_recorded_at = CASE WHEN stopped_by_version = ? THEN actual_recorded_at ELSE ? END
            WHERE child_id = ? AND measure = ? AND episode = ? AND (actual_at IS NULL OR stopped_by_version = ?)
            """, actualAt.ToUniversalTime(), UkTime.DateOf(actualAt), stoppedBy, e.Sequence, stoppedBy, e.Timestamp.ToUniversalTime(),
            child, measure, episode, stoppedBy);
}
