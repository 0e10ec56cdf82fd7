using Journey.Domain.Corrections;
using Journey.Domain.Timescales;

namespace Journey.Domain.Journeys;

/// <summary>
/// What an event does to the child's timeliness clocks, assembled from what each capability declares (decision 116):
/// a step's changes are its capability's; a correction's, the replacement's made again (each as
/// <see cref="StepClockChange.Replacing"/> says); a withdrawal's, the step's undone (decision 117). The measures
/// projection applies them.
/// </summary>
public static class JourneyClocks
{
    private static readonly IReadOnlyDictionary<Type, EventClocks> ByEvent =
        JourneyCapabilities.All.SelectMany(c => c.Clocks?.Events ?? []).ToDictionary(e => e.Event);

    /// <summary>
    /// The changes <paramref name="recorded"/> makes, and the stream version of the step they are about: the event's
    /// own <paramref name="version"/> for a step, the corrected or withdrawn step's for a correction or withdrawal.
    /// </summary>
    public static StepClockChanges Of(IJourneyEvent recorded, long version) => recorded switch
    {
        EventCorrected corrected => new(corrected.CorrectedVersion, Corrected(corrected.Original, corrected.Replacement)),
        EventWithdrawn withdrawn => new(withdrawn.WithdrawnVersion, Withdrawn(withdrawn.Withdrawn)),
        _ => new(version, Recorded(recorded)),
    };

    /// <summary>What a step does to the clocks as it is recorded.</summary>
    public static IReadOnlyList<StepClockChange> Recorded(IJourneyEvent step) =>
        ByEvent.TryGetValue(step.GetType(), out var clocks) ? clocks.Changes(step) : [];

    /// <summary>What correcting a step does: the replacement's changes, each made again over the one the step made in its place.</summary>
    public static IReadOnlyList<StepClockChange> Corrected(IJourneyEvent original, IJourneyEvent replacement)
    {
        var before = Recorded(original);
        return [.. Recorded(replacement).Select((change, i) => change.Replacing(i < before.Count ? before[i] : null))];
    }

    /// <summary>What withdrawing a step (as it stands) does.</summary>
    public static IReadOnlyList<ClockChange> Withdrawn(IJourneyEvent step) =>
        ByEvent.TryGetValue(step.GetType(), out var clocks) ? clocks.Withdrawal(step) : [];
}

/// <summary>The clock changes an event makes, about the step at stream version <see cref="StepVersion"/>.</summary>
public sealed record StepClockChanges(long StepVersion, IReadOnlyList<ClockChange> Changes);
