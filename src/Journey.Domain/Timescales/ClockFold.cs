namespace Journey.Domain.Timescales;

/// <summary>
/// One child's clock rows moved by clock changes in memory, exactly as the statements the measures projection ran for
/// each change moved them in the table (decision 118): every WHERE of those statements is a condition here, every SET
/// an assignment from the row as it stood. The projection loads a batch's children's rows, folds every change of the
/// batch in order, and writes the difference (decision 154). The discussion clock's changes are not rows of this
/// fold (<c>LastDiscussionClock</c>); any other kind of change it does not know is refused, not skipped.
/// </summary>
public sealed class ClockFold(TimelinessClocks clocks)
{
    /// <summary>Applies <paramref name="change"/>, made by <paramref name="e"/>, to <paramref name="rows"/> (one child's, by measure and episode).</summary>
    public void Apply(IDictionary<(string Measure, int Episode), ClockRow> rows, ClockChange change, ClockEvent e)
    {
        switch (change)
        {
            case StartClock start: Start(rows, start, e); break;
            case RemoveClock remove: rows.Remove((remove.Measure, remove.Episode)); break;
            // The first step to stop a clock stops it; a later one leaves it, unless it corrects that first step.
            case StopClock stop:
                Update(rows, stop.Measure, stop.Episode, r => r.ActualAt is null || r.StoppedByVersion == e.StepVersion, r => Stopped(r, stop.StoppedAt, e));
                break;
            // Only the withdrawal of the step that stopped a clock reopens it.
            case ReopenClock reopen: Update(rows, reopen.Measure, reopen.Episode, r => r.StoppedByVersion == e.StepVersion, r => Reopened(r, e)); break;
            case StopOpenClocks stop:
                var stoppedAt = Stored(stop.StoppedAt);
                UpdateAll(rows, stop.Measure, r => r.StartAt <= stoppedAt && (r.ActualAt is null || r.StoppedByVersion == e.StepVersion),
                    r => Stopped(r, stop.StoppedAt, e));
                break;
            case ReopenClocksItStopped reopen: UpdateAll(rows, reopen.Measure, r => r.StoppedByVersion == e.StepVersion, r => Reopened(r, e)); break;
            // A clock already stopped keeps its result.
            case NotDueFrom notDue: Update(rows, notDue.Measure, notDue.Episode, Open, r => NotDue(r, notDue.From, e)); break;
            case DueAgain due: Update(rows, due.Measure, due.Episode, Open, r => NotDue(r, null, e)); break;
            case OpenClocksNotDueFrom notDue: UpdateAll(rows, notDue.Measure, Open, r => NotDue(r, notDue.From, e)); break;
            case OpenClocksDueAgain due: UpdateAll(rows, due.Measure, Open, r => NotDue(r, null, e)); break;
            case MoveDueDate move:
                Update(rows, move.Measure, move.Episode, _ => true, r => r with
                {
                    DueDate = r.DueDate.AddDays(move.Days),
                    DueExtensionDays = r.DueExtensionDays + move.Days,
                    LastEventSequence = e.Sequence,
                });
                break;
            default: throw new InvalidOperationException($"The clock fold has no rule for a {change.GetType().Name}.");
        }
    }

    /// <summary>
    /// An instant as PostgreSQL stores it (whole microseconds, as Npgsql writes it), in UTC, so that comparing two in
    /// memory gives what comparing them in the table gave.
    /// </summary>
    public static DateTimeOffset Stored(DateTimeOffset instant) => new(instant.UtcTicks - instant.UtcTicks % 10, TimeSpan.Zero);

    private static DateTimeOffset? Stored(DateTimeOffset? instant) => instant is { } at ? Stored(at) : null;

    private static bool Open(ClockRow row) => row.ActualAt is null;

    /// <summary>
    /// No rule in force on the start date: the duty did not exist yet, so no clock starts (and a correction moving the
    /// start before it removes the clock it had started). Started again, a clock keeps its extensions, its stop and when
    /// it was first recorded.
    /// </summary>
    private void Start(IDictionary<(string Measure, int Episode), ClockRow> rows, StartClock start, ClockEvent e)
    {
        var key = (start.Measure, start.Episode);
        if (!clocks.Rulebook.InForce(start.Measure, UkTime.DateOf(start.StartAt)))
        {
            rows.Remove(key);
            return;
        }
        var clock = clocks.Start(start.Measure, start.StartAt);
        var unit = TimescaleUnits.Name(clock.Rule.Unit);
        rows[key] = rows.TryGetValue(key, out var row)
            ? row with
            {
                Unit = unit,
                Target = clock.Rule.Target,
                RuleId = clock.Rule.RuleId,
                StartAt = Stored(clock.StartAt),
                StartDate = clock.StartDate,
                DueDate = clock.DueDate.AddDays(row.DueExtensionDays),
                DueAt = Stored(clock.DueAt),
                LastEventSequence = e.Sequence,
            }
            : new ClockRow(start.Measure, start.Episode, unit, clock.Rule.Target, clock.Rule.RuleId, Stored(clock.StartAt), clock.StartDate,
                clock.DueDate, Stored(clock.DueAt), ActualAt: null, ActualDate: null, NotDueFrom: null, StoppedByVersion: null, DueExtensionDays: 0,
                StartRecordedAt: Stored(e.RecordedAt), ActualRecordedAt: null, e.Sequence);
    }

    /// <summary>Stopped by the step: when it was first recorded stopped stays, if this step had stopped it already.</summary>
    private static ClockRow Stopped(ClockRow row, DateTimeOffset stoppedAt, ClockEvent e) => row with
    {
        ActualAt = Stored(stoppedAt),
        ActualDate = UkTime.DateOf(stoppedAt),
        StoppedByVersion = e.StepVersion,
        LastEventSequence = e.Sequence,
        ActualRecordedAt = row.StoppedByVersion == e.StepVersion ? row.ActualRecordedAt : Stored(e.RecordedAt),
    };

    private static ClockRow Reopened(ClockRow row, ClockEvent e) =>
        row with { ActualAt = null, ActualDate = null, StoppedByVersion = null, ActualRecordedAt = null, LastEventSequence = e.Sequence };

    private static ClockRow NotDue(ClockRow row, DateTimeOffset? from, ClockEvent e) =>
        row with { NotDueFrom = Stored(from), LastEventSequence = e.Sequence };

    private static void Update(IDictionary<(string Measure, int Episode), ClockRow> rows, string measure, int episode, Func<ClockRow, bool> where,
        Func<ClockRow, ClockRow> set)
    {
        if (rows.TryGetValue((measure, episode), out var row) && where(row)) rows[(measure, episode)] = set(row);
    }

    private static void UpdateAll(IDictionary<(string Measure, int Episode), ClockRow> rows, string measure, Func<ClockRow, bool> where,
        Func<ClockRow, ClockRow> set)
    {
        foreach (var row in rows.Values.Where(r => r.Measure == measure && where(r)).ToList()) rows[row.Key] = set(row);
    }
}
