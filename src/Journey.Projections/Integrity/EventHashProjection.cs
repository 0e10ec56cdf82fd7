using JasperFx.Events;
using Journey.Projections.Sets;
using Marten;

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
/// <para>
/// A batch of events (one SaveChanges, or a replayed page) is chained by one statement.
/// </para>
/// </summary>
public sealed class EventHashProjection : SetProjection
{
    public const string ProjectionName = "EventHashes";

    public EventHashProjection()
    {
        Name = ProjectionName;
        Options.TeardownDataOnRebuild = false;
        SchemaObjects.Add(EventHashSchema.Hashes());
        foreach (var function in EventHashSchema.Functions()) SchemaObjects.Add(function);
    }

    /// <summary>
    /// One statement for the whole batch: journey.chain_events chains each (child, version, recorder)
    /// with the links journey.chain_event gives called once per event in the order given; a batch of
    /// four events or more in sets, a smaller one by one chain_event each (decision 175).
    /// </summary>
    protected override void ApplyBatch(IDocumentOperations operations, IReadOnlyList<IEvent> events)
    {
        // Marten's tombstones (placeholders for sequence numbers of failed appends) belong to no child.
        var chained = events.Where(e => e.Data is not Tombstone && e.StreamKey is not null).ToList();
        if (chained.Count == 0) return;
        operations.QueueSqlCommand($"SELECT {EventHashSchema.ChainBatchFunction}(?::text[], ?::bigint[], ?::text[])",
            chained.Select(e => e.StreamKey!).ToArray(), chained.Select(e => e.Version).ToArray(), chained.Select(e => e.UserName).ToArray());
    }
}
