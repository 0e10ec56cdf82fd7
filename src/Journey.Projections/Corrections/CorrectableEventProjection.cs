using Journey.Domain.Corrections;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Journey.Projections.Corrections;

/// <summary>
/// An event projection whose rows are keyed so that a correction can be applied as the fact it
/// replaces: a correction re-applies its replacement at the corrected step's stream version, and a
/// withdrawal asks the projection to undo the withdrawn fact at its version. Subclasses say only
/// what a fact does and how to undo it.
/// </summary>
public abstract class CorrectableEventProjection : EventProjection
{
    public sealed override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        var child = e.StreamKey!;
        switch (e.Data)
        {
            case EventCorrected c: Apply(operations, child, c.CorrectedVersion, c.Replacement); break;
            case EventWithdrawn w: Withdraw(operations, child, w.WithdrawnVersion, w.Withdrawn); break;
            default: Apply(operations, child, e.Version, e.Data); break;
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>Applies a fact recorded (or, correcting, re-recorded) at stream version <paramref name="version"/>.</summary>
    protected abstract void Apply(IDocumentOperations operations, string child, long version, object fact);

    /// <summary>Undoes a fact withdrawn from stream version <paramref name="version"/>.</summary>
    protected abstract void Withdraw(IDocumentOperations operations, string child, long version, object fact);
}
