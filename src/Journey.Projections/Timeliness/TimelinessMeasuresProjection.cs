using JasperFx.Events;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.Domain.Timescales;
using Journey.Projections.Protection;
using Journey.Projections.Sets;
using Marten;

namespace Journey.Projections.Timeliness;

/// <summary>
/// Starts and stops each child's timeliness clocks in <c>journey.measure_clocks</c> as events are
/// appended. Runs inline: a practitioner's write and its measure rows commit in one transaction.
/// Each row is keyed by child, measure and episode (the contact, referral or enquiry number), and
/// every write is an upsert, so replaying the events rebuilds the same rows. Which event moves
/// which clock is each capability's to declare (<c>FrontDoor/FrontDoorClocks.cs</c>, ..., decision 116);
/// this projection asks <see cref="JourneyClocks"/> for an event's changes (a correction's and a
/// withdrawal's are derived from the step's, decision 117). It writes in sets (decision 154): for a batch
/// (a request's steps, a bulk load's transaction, a rebuild's page) it reads the batch's children's clock rows
/// in one statement, folds every change in memory in order (<see cref="ClockFold"/>, the statements of
/// decision 118 as conditions and assignments), and writes the rows removed and the rows changed in one
/// statement each; the discussions kept likewise, and the secondary conference clock is worked out once.
/// </summary>
public sealed class TimelinessMeasuresProjection : SetProjection
{
    private readonly ClockFold _fold;

    public TimelinessMeasuresProjection(TimelinessClocks clocks)
    {
        _fold = new ClockFold(clocks);
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

    protected override async Task ApplyBatchAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        // What each step (or the step a correction or withdrawal is about) does, as its capability declares it.
        var changes = events
            .Where(e => e.Data is IJourneyEvent && e.StreamKey is not null)
            .Select(e => (Event: e, Clocks: JourneyClocks.Of((IJourneyEvent)e.Data, e.Version)))
            .Where(c => c.Clocks.Changes.Count > 0)
            .ToList();
        if (changes.Count == 0) return;

        // Safe to read, then write: the stream's version was read before this, and an append whose version another
        // commit has since taken fails and rolls back with these rows (decision 154).
        var before = await MeasureClockRows.Load(operations, changes.Select(c => c.Event.StreamKey!).Distinct().ToList(), cancellation);
        var after = before.ToDictionary(b => b.Key, b => new Dictionary<(string Measure, int Episode), ClockRow>(b.Value));
        var discussions = LastDiscussionClock.Changes();
        var recounts = new Dictionary<string, long>();
        // In the order given: each child's events in stream order (one child's rows never depend on another's).
        foreach (var (e, clocks) in changes)
        {
            var child = e.StreamKey!;
            var at = new ClockEvent(e.Sequence, e.Timestamp, clocks.StepVersion);
            foreach (var change in clocks.Changes)
            {
                switch (change)
                {
                    case NoteDiscussion discussion: LastDiscussionClock.Held(discussions, e, child, clocks.StepVersion, discussion); break;
                    case ForgetDiscussion: LastDiscussionClock.Withdrawn(discussions, child, clocks.StepVersion); break;
                    case RecountFromLastDiscussion: recounts[child] = e.Sequence; break;
                    default: _fold.Apply(after[child], change, at); break;
                }
            }
        }
        LastDiscussionClock.Write(operations, discussions);
        MeasureClockRows.Write(operations, before, after);
        LastDiscussionClock.Recompute(operations, recounts);
    }
}
