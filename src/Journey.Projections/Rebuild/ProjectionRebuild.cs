using System.Diagnostics;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Npgsql;

namespace Journey.Projections.Rebuild;

/// <summary>
/// Rebuilds every projection from the events: pauses recording (<see cref="RecordingPause"/>),
/// empties every table the projections own (<see cref="ProjectionTables"/>), then replays each
/// projection, inline and async alike, through Marten's own rebuild (the projection daemon's
/// RebuildProjectionAsync) one after another in the order they are registered, so a projection
/// whose SQL reads an earlier one's tables reads them whole, as it does when the steps are recorded.
/// Each replay commits page by page, as Marten's does: not one transaction per projection. A
/// rebuild that fails part way leaves the tables part filled and is simply run again (it always
/// starts by emptying them). The caller stops any async daemon of its own first (the service's
/// endpoint pauses it); this one builds a daemon of its own for the replay.
/// </summary>
public sealed class ProjectionRebuild(IDocumentStore store)
{
    /// <summary>How long one projection's replay may take before Marten gives up on it (Marten's default is 5 minutes).</summary>
    public static readonly TimeSpan DefaultShardTimeout = TimeSpan.FromHours(2);
    /// <summary>How long to wait for appends under way to commit before refusing.</summary>
    public static readonly TimeSpan DefaultPauseWait = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(1);

    public async Task<RebuildReport> Run(Action<RebuildProgress>? progress, CancellationToken cancellation, TimeSpan? shardTimeout = null)
    {
        var options = ((DocumentStore)store).Options;
        var startedAt = DateTimeOffset.UtcNow;
        var projections = ProjectionTables.Rebuildable(options);

        await using var pause = await RecordingPause.Take(store, DefaultPauseWait, cancellation);
        using var daemon = await store.BuildProjectionDaemonAsync();
        // Stops the daemon's own high-water polling and reads the mark once: the ceiling of every replay.
        await daemon.PrepareForRebuildsAsync();
        var mark = daemon.Tracker.HighWaterMark;
        var events = await CountEvents(options, mark, cancellation);

        var tables = projections.ToDictionary(p => p.Name, p => ProjectionTables.OwnedBy(p, options));
        await Empty(tables.Values.SelectMany(t => t).ToList(), cancellation);

        var rebuilt = new List<ProjectionRebuilt>();
        foreach (var projection in projections)
        {
            var watch = Stopwatch.StartNew();
            var reported = TimeSpan.Zero;
            using var subscription = daemon.Tracker.Subscribe(new ShardObserver(state =>
            {
                if (!state.ShardName.StartsWith(projection.Name + ":", StringComparison.Ordinal) || watch.Elapsed - reported < ProgressInterval) return;
                reported = watch.Elapsed;
                progress?.Invoke(new RebuildProgress(projection.Name, state.Sequence, mark, Seconds(watch.Elapsed), Rate(state.Sequence, watch.Elapsed), false));
            }));
            // With no events Marten replays nothing; the emptied tables are then already right.
            if (mark > 0) await daemon.RebuildProjectionAsync(projection.Name, shardTimeout ?? DefaultShardTimeout, cancellation);
            watch.Stop();
            progress?.Invoke(new RebuildProgress(projection.Name, mark, mark, Seconds(watch.Elapsed), Rate(mark, watch.Elapsed), true));
            rebuilt.Add(new ProjectionRebuilt(projection.Name, projection.Lifecycle.ToString().ToLowerInvariant(), tables[projection.Name],
                Seconds(watch.Elapsed), Rate(mark, watch.Elapsed)));
        }
        await daemon.StopAllAsync();
        return new RebuildReport(startedAt, DateTimeOffset.UtcNow, mark, events, rebuilt);
    }

    private static double Seconds(TimeSpan elapsed) => Math.Round(elapsed.TotalSeconds, 3);

    private static double Rate(long events, TimeSpan elapsed) =>
        elapsed.TotalSeconds > 0 ? Math.Round(events / elapsed.TotalSeconds, 1) : 0;

    private async Task<long> CountEvents(StoreOptions options, long mark, CancellationToken cancellation)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {options.Events.DatabaseSchemaName}.mt_events WHERE seq_id <= @mark", connection);
        command.Parameters.AddWithValue("mark", mark);
        return (long)(await command.ExecuteScalarAsync(cancellation))!;
    }

    /// <summary>Empties every projection table at once, committed before the replays start (they write through connections of their own).</summary>
    private async Task Empty(IReadOnlyList<string> tables, CancellationToken cancellation)
    {
        if (tables.Count == 0) return;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand($"TRUNCATE {string.Join(", ", tables)}", connection);
        await command.ExecuteNonQueryAsync(cancellation);
    }

    private sealed class ShardObserver(Action<ShardState> next) : IObserver<ShardState>
    {
        public void OnNext(ShardState value) => next(value);
        public void OnCompleted() { }
        public void OnError(Exception error) { }
    }
}
