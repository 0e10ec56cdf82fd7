using System.Globalization;
using JasperFx.Events;
using Journey.Api.Import;
using Journey.Domain.Corrections;
using Journey.Domain.Journeys;

namespace Journey.Api.Timeline;

/// <summary>
/// One entry of a child's timeline: what happened and when, who recorded it and when. A step's
/// <see cref="Status"/> says whether it stands as recorded, was corrected (<see cref="Current"/> is
/// how it now stands) or withdrawn; a correction or withdrawal names the version it <see cref="Changes"/>.
/// Imported steps say who imported them and when; their recorder and recording time are the source system's.
/// A written record that was signed off says when (<see cref="FinalisedAt"/>), with its finalisation after it.
/// </summary>
public sealed record TimelineEntry(
    long Version,
    string Type,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt,
    string? RecordedBy,
    string? CorrelationId,
    object Data,
    string? Status = null,
    object? Current = null,
    long? Changes = null,
    string? ImportedBy = null,
    DateTimeOffset? ImportedAt = null,
    DateTimeOffset? FinalisedAt = null);

public sealed record ChildTimeline(string ChildId, long Version, IReadOnlyList<TimelineEntry> Entries)
{
    /// <summary>
    /// Steps in the order they happened, as they now stand (ties in the order recorded); each
    /// correction or withdrawal straight after the step it changed, in the order it was made.
    /// </summary>
    public static ChildTimeline From(string childId, IReadOnlyList<IEvent> events)
    {
        var finalisations = CurrentFinalisations(events);
        // A change to a finalisation is shown under the step that was finalised.
        long StepOf(long version) => finalisations.TryGetValue(version, out var f) ? f.Step : version;
        var changes = events.Where(e => e.Data is EventCorrected or EventWithdrawn or RecordFinalised)
            .ToLookup(e => e.Data switch
            {
                EventCorrected c => StepOf(c.CorrectedVersion),
                EventWithdrawn w => StepOf(w.WithdrawnVersion),
                RecordFinalised f => f.FinalisedVersion,
                _ => 0,
            });

        var entries = new List<TimelineEntry>();
        var steps = events.Where(e => e.Data is IJourneyEvent and not (EventCorrected or EventWithdrawn or RecordFinalised))
            .Select(e => (Event: e, Now: Current(e, changes[e.Version])))
            .OrderBy(s => s.Now.Fact.OccurredAt).ThenBy(s => s.Event.Version);
        foreach (var (step, now) in steps)
        {
            entries.Add(Entry(step) with
            {
                Status = now.Status,
                Current = now.Status == "corrected" ? now.Fact : null,
                FinalisedAt = finalisations.Values.Where(f => f.Step == step.Version && f.At is not null).Max(f => f.At),
            });
            entries.AddRange(changes[step.Version].Select(change => Entry(change) with { Changes = step.Version }));
        }
        return new ChildTimeline(childId, events[^1].Version, entries);
    }

    /// <summary>Each finalisation by its own version: the step it finalised and when, as it now stands (null once withdrawn).</summary>
    private static Dictionary<long, (long Step, DateTimeOffset? At)> CurrentFinalisations(IReadOnlyList<IEvent> events)
    {
        var finalisations = new Dictionary<long, (long Step, DateTimeOffset? At)>();
        foreach (var e in events)
        {
            switch (e.Data)
            {
                case RecordFinalised f: finalisations[e.Version] = (f.FinalisedVersion, f.OccurredAt); break;
                case EventCorrected { Replacement: RecordFinalised f } c: finalisations[c.CorrectedVersion] = (f.FinalisedVersion, f.OccurredAt); break;
                case EventWithdrawn w when finalisations.TryGetValue(w.WithdrawnVersion, out var f): finalisations[w.WithdrawnVersion] = (f.Step, null); break;
            }
        }
        return finalisations;
    }

    /// <summary>The steps that had happened by <paramref name="instant"/> (as they now stand), each with its changes.</summary>
    public ChildTimeline HappenedBy(DateTimeOffset instant)
    {
        var kept = new List<TimelineEntry>();
        var keepingStep = false;
        foreach (var entry in Entries)
        {
            if (entry.Changes is null) keepingStep = ((entry.Current as IJourneyEvent)?.OccurredAt ?? entry.OccurredAt) <= instant;
            if (keepingStep) kept.Add(entry);
        }
        return this with { Entries = kept };
    }

    private static (IJourneyEvent Fact, string Status) Current(IEvent step, IEnumerable<IEvent> changes) =>
        changes.Aggregate(((IJourneyEvent)step.Data, "recorded"), (now, change) => change.Data switch
        {
            EventCorrected c => (c.Replacement, "corrected"),
            EventWithdrawn => (now.Item1, "withdrawn"),
            _ => now,
        });

    private static TimelineEntry Entry(IEvent e) =>
        new(e.Version, e.Data.GetType().Name, ((IJourneyEvent)e.Data).OccurredAt, e.Timestamp, e.UserName, e.CorrelationId, e.Data,
            ImportedBy: Header(e, JourneyImporter.ImportedByHeader)?.ToString(),
            ImportedAt: Header(e, JourneyImporter.ImportedAtHeader) is { } at ? DateTimeOffset.Parse(at.ToString()!, CultureInfo.InvariantCulture) : null);

    private static object? Header(IEvent e, string name) => e.Headers?.GetValueOrDefault(name);
}
