using JasperFx.Events;
using Journey.Domain.Corrections;
using Marten;
using Marten.Events.Projections;

namespace Journey.Projections.Corrections;

/// <summary>
/// An event projection whose rows are keyed so that a correction can be applied as the fact it
/// replaces: a correction re-applies its replacement at the corrected step's stream version, and a
/// withdrawal asks the projection to undo the withdrawn fact at its version. Subclasses say only
/// what a fact does and how to undo it; one that needs the stored event itself (its sequence)
/// overrides the overloads that take it. Apply is given when the event was recorded (its
/// timestamp: for an imported step, when the source system recorded it; for a correction, when the
/// correction was), so that rows can keep the time their step was first recorded, which the
/// as-recorded views read.
/// </summary>
public abstract class CorrectableEventProjection : EventProjection
{
    public sealed override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        var child = e.StreamKey!;
        switch (e.Data)
        {
            case EventCorrected c: Apply(operations, e, child, c.CorrectedVersion, c.Replacement); break;
            case EventWithdrawn w: Withdraw(operations, e, child, w.WithdrawnVersion, w.Withdrawn); break;
            default: Apply(operations, e, child, e.Version, e.Data); break;
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// As <see cref="Apply(IDocumentOperations, string, long, DateTimeOffset, object)"/>, with the stored event: the
    /// step itself, or the EventCorrected that re-applies it.
    /// </summary>
    protected virtual void Apply(IDocumentOperations operations, IEvent e, string child, long version, object fact) =>
        Apply(operations, child, version, e.Timestamp, fact);

    /// <summary>As <see cref="Withdraw(IDocumentOperations, string, long, object)"/>, with the stored EventWithdrawn.</summary>
    protected virtual void Withdraw(IDocumentOperations operations, IEvent e, string child, long version, object fact) =>
        Withdraw(operations, child, version, fact);

    /// <summary>
    /// Applies a fact recorded (or, correcting, re-recorded) at stream version <paramref name="version"/>,
    /// <paramref name="recordedAt"/>: a row the fact first writes keeps it; a correction's upsert leaves it as it was.
    /// </summary>
    protected virtual void Apply(IDocumentOperations operations, string child, long version, DateTimeOffset recordedAt, object fact) { }

    /// <summary>Undoes a fact withdrawn from stream version <paramref name="version"/>.</summary>
    protected virtual void Withdraw(IDocumentOperations operations, string child, long version, object fact) { }
}
