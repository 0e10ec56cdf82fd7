using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;

namespace Journey.Projections.Sets;

/// <summary>
/// A projection that is handed a batch of events at once and writes it in sets: one statement per
/// table and kind of change for the whole batch, rather than one per event. The batch is what Marten
/// hands a projection: inline, every event of one SaveChanges (a request's steps, a bulk load's shared
/// transaction); run by the async daemon or a rebuild, one page of events. Each page's statements are
/// committed before the next page is applied, and statements queued here run after Marten's own
/// inserts of the batch's events, in the order queued.
/// <para>
/// It stays a Marten <see cref="EventProjection"/>, so its tables (SchemaObjects), its name and its
/// teardown on rebuild are declared as every other projection's are, and a rebuild empties and replays
/// it alike. Marten's base class applies events one by one through both of its batch entry points
/// (inline: <see cref="IInlineProjection{TOperations}"/>; daemon and rebuild:
/// <see cref="IJasperFxProjection{TOperations}"/>); this class implements both again so that each hands
/// the whole batch to <see cref="ApplyBatchAsync"/>. A subclass must not read rows it writes in the same
/// batch through a separate query: they are written only when the batch's statements run. One that reads its
/// own rows before it writes (the measure clocks, decision 154) overrides <see cref="ApplyBatchAsync"/> and reads
/// through <c>operations</c>, the session's own connection; the others override <see cref="ApplyBatch"/>.
/// </para>
/// </summary>
public abstract class SetProjection : EventProjection, IInlineProjection<IDocumentOperations>, IJasperFxProjection<IDocumentOperations>
{
    /// <summary>Queues the statements that apply <paramref name="events"/>, in sequence order, to this projection's tables.</summary>
    protected virtual void ApplyBatch(IDocumentOperations operations, IReadOnlyList<IEvent> events) =>
        throw new InvalidOperationException($"{GetType().Name} overrides neither ApplyBatch nor ApplyBatchAsync.");

    /// <summary>As <see cref="ApplyBatch"/>, for a projection that reads before it queues its statements.</summary>
    protected virtual Task ApplyBatchAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        ApplyBatch(operations, events);
        return Task.CompletedTask;
    }

    Task IInlineProjection<IDocumentOperations>.ApplyAsync(IDocumentOperations operations, IEnumerable<StreamAction> streams, CancellationToken cancellation) =>
        ApplyBatchAsync(operations, streams.SelectMany(s => s.Events).ToList(), cancellation);

    Task IJasperFxProjection<IDocumentOperations>.ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation) =>
        ApplyBatchAsync(operations, events, cancellation);

    /// <summary>One event alone is a batch of one (Marten checks that an event projection overrides this).</summary>
    public sealed override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation) =>
        new(ApplyBatchAsync(operations, [e], cancellation));
}
