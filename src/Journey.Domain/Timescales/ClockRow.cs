namespace Journey.Domain.Timescales;

/// <summary>
/// One clock as <c>journey.measure_clocks</c> holds it, less the child (the fold works one child at a time): its rule,
/// start, due, stop and when each was recorded. The key is <see cref="Measure"/> and <see cref="Episode"/>.
/// </summary>
/// <param name="StoppedByVersion">The stream version of the step that stopped the clock: only its withdrawal reopens it.</param>
/// <param name="DueExtensionDays">Days added to the due date by extensions (care proceedings), kept when the start is corrected.</param>
/// <param name="LastEventSequence">The event store sequence of the last event that changed the row.</param>
public sealed record ClockRow(
    string Measure,
    int Episode,
    string Unit,
    int Target,
    string RuleId,
    DateTimeOffset StartAt,
    DateOnly StartDate,
    DateOnly DueDate,
    DateTimeOffset? DueAt,
    DateTimeOffset? ActualAt,
    DateOnly? ActualDate,
    DateTimeOffset? NotDueFrom,
    long? StoppedByVersion,
    int DueExtensionDays,
    DateTimeOffset? StartRecordedAt,
    DateTimeOffset? ActualRecordedAt,
    long LastEventSequence)
{
    public (string Measure, int Episode) Key => (Measure, Episode);
}

/// <summary>The event making a clock change: its sequence, when it was recorded, and the version of the step it is about.</summary>
/// <param name="StepVersion">The stream version of the step (for a correction or withdrawal, the corrected or withdrawn step's).</param>
public readonly record struct ClockEvent(long Sequence, DateTimeOffset RecordedAt, long StepVersion);
