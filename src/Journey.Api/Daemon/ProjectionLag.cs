using JasperFx.Events.Projections;
using Marten;
using Npgsql;

namespace Journey.Api.Daemon;

/// <summary>
/// How far one projection trails the event store. An async projection has processed events up to
/// <see cref="LastProcessedSequence"/> (the daemon's recorded progress); <see cref="EventsBehind"/>
/// events are stored beyond it, the oldest of them appended <see cref="OldestUnprocessedAgeSeconds"/>
/// ago. Inline projections are written in the same transaction as the events and live ones are
/// built when read, so both are always current and have no progress of their own.
/// </summary>
public sealed record ProjectionLagRow(
    string Name,
    string Lifecycle,
    string? Shard,
    long? LastProcessedSequence,
    long EventsBehind,
    double? OldestUnprocessedAgeSeconds,
    bool Current,
    string Note);

/// <summary>
/// Every projection's lag at <see cref="AsAt"/>, beside the store's <see cref="HighWaterMark"/> (the
/// sequence up to which the daemon knows every event is committed, so safe to process) and its
/// <see cref="HighestEventSequence"/> (the last sequence number handed out).
/// </summary>
public sealed record ProjectionLagReport(DateTimeOffset AsAt, long HighWaterMark, long HighestEventSequence, IReadOnlyList<ProjectionLagRow> Projections)
{
    /// <summary>Whether this node runs the async projections or another node does (decision 102); GET /api/projections fills it.</summary>
    public DaemonLeadershipReport? Daemon { get; init; }
}

/// <summary>Reads projection lag from Marten's own progress records and event store statistics.</summary>
public static class ProjectionLag
{
    public const string Async = "async";
    public const string Inline = "inline";
    public const string Live = "live";

    public static async Task<ProjectionLagReport> ReadAsync(IDocumentStore store, TimeProvider clock, CancellationToken cancellation)
    {
        var options = ((DocumentStore)store).Options;
        var progress = await store.Advanced.AllProjectionProgress(token: cancellation);
        var statistics = await store.Advanced.FetchEventStoreStatistics(token: cancellation);
        var highWater = progress.FirstOrDefault(p => p.ShardName == ShardState.HighWaterMark)?.Sequence ?? 0;
        var now = clock.GetUtcNow();

        var rows = new List<ProjectionLagRow>();
        foreach (var projection in options.Projections.All)
        {
            switch (projection.Lifecycle)
            {
                case ProjectionLifecycle.Async:
                    foreach (var shard in options.Projections.AllShards().Where(s => s.Name.Name == projection.Name))
                    {
                        var processed = progress.FirstOrDefault(p => p.ShardName == shard.Name.Identity)?.Sequence ?? 0;
                        var (behind, oldest) = await Unprocessed(store, options.Events.DatabaseSchemaName, processed, cancellation);
                        rows.Add(new ProjectionLagRow(projection.Name, Async, shard.Name.Identity, processed, behind,
                            oldest is { } at ? Math.Max(0, Math.Round((now - at).TotalSeconds, 3)) : null, behind == 0,
                            "Run by the async daemon: current once it has processed every stored event."));
                    }
                    break;
                case ProjectionLifecycle.Inline:
                    rows.Add(new ProjectionLagRow(projection.Name, Inline, null, null, 0, null, true,
                        "Written in the same transaction as the events: always current."));
                    break;
                default:
                    rows.Add(new ProjectionLagRow(projection.Name, Live, null, null, 0, null, true,
                        "Built from the events whenever it is read: always current."));
                    break;
            }
        }
        return new ProjectionLagReport(now, highWater, statistics.EventSequenceNumber, rows);
    }

    /// <summary>
    /// The events stored beyond a projection's progress and when the oldest of them was appended: an
    /// imported event's timestamp is when the source system recorded it, so its importedAt header
    /// (JourneyImporter) says when it reached this store.
    /// </summary>
    private static async Task<(long Behind, DateTimeOffset? Oldest)> Unprocessed(IDocumentStore store, string schema, long processed, CancellationToken cancellation)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand($"""
            SELECT count(*), min(coalesce((headers ->> 'importedAt')::timestamptz, timestamp))
            FROM {schema}.mt_events WHERE seq_id > @processed
            """, connection);
        command.Parameters.AddWithValue("processed", processed);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        await reader.ReadAsync(cancellation);
        return (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1));
    }
}
