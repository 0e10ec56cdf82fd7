using JasperFx.Events;
using Journey.Domain.Corrections;

namespace Journey.Projections.Sets;

/// <summary>
/// One event of a batch as the fact it states about a step: a step is itself at its own stream version; a correction is its replacement at the corrected step's version;
/// a withdrawal is the withdrawn fact at its version, <see cref="Withdrawn"/>. <see cref="Event"/> is the stored event
/// (its timestamp is when this was recorded: for a correction, when the correction was).
/// </summary>
public readonly record struct StepFact(IEvent Event, string Child, long Version, object Fact, bool Withdrawn)
{
    /// <summary>Whether the event corrects the step (its fact the replacement), rather than stating it first.</summary>
    public bool Correction => Event.Data is EventCorrected;

    /// <summary>The batch's events as facts, in the order given (each child's in stream order).</summary>
    public static IEnumerable<StepFact> Of(IReadOnlyList<IEvent> events) => events.Select(e => e.Data switch
    {
        EventCorrected c => new StepFact(e, e.StreamKey!, c.CorrectedVersion, c.Replacement, false),
        EventWithdrawn w => new StepFact(e, e.StreamKey!, w.WithdrawnVersion, w.Withdrawn, true),
        _ => new StepFact(e, e.StreamKey!, e.Version, e.Data, false),
    });
}
