using JasperFx.Events;
using Journey.Projections.Sets;
using Marten;

namespace Journey.Projections.Corrections;

/// <summary>
/// A <see cref="SetProjection"/> whose rows are keyed by the stream version of the step they state, so that a
/// correction or withdrawal finds them, and whose facts (<see cref="StepFact"/>) are applied as such: a correction
/// re-applies its replacement at the corrected step's stream version, with the correction's timestamp; a withdrawal undoes the withdrawn fact at its version. Each fact
/// is folded into the batch's changes (<typeparamref name="TBatch"/>), in sequence order, which are then written in
/// sets, one statement per table and kind of change.
/// </summary>
public abstract class CorrectableSetProjection<TBatch> : SetProjection where TBatch : new()
{
    protected sealed override void ApplyBatch(IDocumentOperations operations, IReadOnlyList<IEvent> events)
    {
        var batch = new TBatch();
        foreach (var step in StepFact.Of(events))
        {
            if (step.Withdrawn) Withdraw(batch, step.Child, step.Version, step.Fact);
            else Apply(batch, step.Child, step.Version, step.Event.Timestamp, step.Fact);
        }
        Write(operations, batch);
    }

    /// <summary>
    /// Folds a fact recorded (or, correcting, re-recorded) at stream version <paramref name="version"/>,
    /// <paramref name="recordedAt"/>, into <paramref name="batch"/>.
    /// </summary>
    protected abstract void Apply(TBatch batch, string child, long version, DateTimeOffset recordedAt, object fact);

    /// <summary>Folds the undoing of a fact withdrawn from stream version <paramref name="version"/> into <paramref name="batch"/>.</summary>
    protected abstract void Withdraw(TBatch batch, string child, long version, object fact);

    /// <summary>Queues the statements that write <paramref name="batch"/>.</summary>
    protected abstract void Write(IDocumentOperations operations, TBatch batch);
}
