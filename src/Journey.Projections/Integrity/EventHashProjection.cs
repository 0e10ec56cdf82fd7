using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Journey.Projections.Integrity;

/// <summary>
/// Chains every event appended into its child's hash chain (journey.event_hashes), inline: in the
/// transaction that appends it, after Marten's inserts of the event rows (Marten queues event
/// operations ahead of every projection's), so PostgreSQL hashes the rows exactly as stored. Every
/// write path — the HTTP endpoints, corrections and withdrawals, the import, the demo loaders —
/// appends through a Marten session and so passes here; optimistic concurrency already lets only
/// one append per child version commit, and a lost race rolls its links back with its events.
/// <para>
/// Never torn down on a rebuild, and chaining a version already chained does nothing, so replaying
/// this projection cannot rewrite the evidence; a replay only seals children not yet chained.
/// </para>
/// </summary>
public sealed class EventHashProjection : EventProjection
{
    public const string ProjectionName = "EventHashes";

    public EventHashProjection()
    {
        Name = ProjectionName;
        Options.TeardownDataOnRebuild = false;
        SchemaObjects.Add(EventHashSchema.Hashes());
        foreach (var function in EventHashSchema.Functions()) SchemaObjects.Add(function);
    }

    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        // Marten's tombstones (placeholders for sequence numbers of failed appends) belong to no child.
        if (e.Data is Tombstone || e.StreamKey is null) return ValueTask.CompletedTask;
        if (e.UserName is { } by)
            operations.QueueSqlCommand($"SELECT {EventHashSchema.ChainFunction}(?, ?, ?)", e.StreamKey, e.Version, by);
        else
            operations.QueueSqlCommand($"SELECT {EventHashSchema.ChainFunction}(?, ?, NULL)", e.StreamKey, e.Version);
        return ValueTask.CompletedTask;
    }
}
