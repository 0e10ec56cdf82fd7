using System.Diagnostics;
using JasperFx.Events.Projections;
using Marten;
using Npgsql;

namespace Journey.Projections.Rebuild;

/// <summary>
/// Rebuilds every projection from the events: pauses recording (<see cref="RecordingPause"/>),
/// empties every table the projections own (<see cref="ProjectionTables"/>), then replays every
/// projection, inline and async alike, in one pass through Marten's own rebuild of a composite
/// projection (<paramref name="replayStores"/> gives a store configured by <see cref="JourneyStore.ConfigureReplay"/>):
/// the events are read once, page by page, and every projection applied to each page (side by side: each
/// reads and writes only its own tables as it applies events, decision 170).
/// Each page commits on its own, as Marten's rebuilds do: not one transaction for the whole replay.
/// A rebuild that fails part way leaves the tables part filled and is simply run again (it always
/// starts by emptying them). The caller stops any async daemon of its own first (the service's
/// endpoint pauses it); the replay runs on a daemon of the replay store's own.
/// </summary>
public sealed class ProjectionRebuild(IDocumentStore store, ReplayStoreFactory replayStores)
{
    /// <summary>How long the replay may take before Marten gives up on it (Marten's default is 5 minutes).</summary>
    public static readonly TimeSpan DefaultShardTimeout = TimeSpan.FromHours(2);
    /// <summary>How long to wait for appends under way to commit before refusing.</summary>
    public static readonly TimeSpan DefaultPauseWait = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(1);

    public async Task<RebuildReport> Run(Action<RebuildProgress>? progress, CancellationToken cancellation, TimeSpan? shardTimeout = null)
    {
        var options = ((DocumentStore)store).Options;
        var startedAt = DateTimeOffset.UtcNow;
        var projections = ProjectionTables.Rebuildable(options);

        // Every statement of the rebuild, the pause's included, runs through the replay store's connections, which carry
        // no statement timeout (the service's do: decision 76); a rebuild takes as long as the store is large.
        using var replay = replayStores.Open();
        await using var pause = await RecordingPause.Take(replay, DefaultPauseWait, cancellation);
        using var daemon = await replay.BuildProjectionDaemonAsync();
        // Stops the daemon's own high-water polling and reads the mark once: the ceiling of the replay.
        await daemon.PrepareForRebuildsAsync();
        var mark = daemon.Tracker.HighWaterMark;
        var events = await CountEvents(replay, options, mark, cancellation);

        var tables = projections.ToDictionary(p => p.Name, p => ProjectionTables.OwnedBy(p, options));
        await Empty(replay, tables.Values.SelectMany(t => t).ToList(), cancellation);

        var watch = Stopwatch.StartNew();
        var reported = TimeSpan.Zero;
        using (daemon.Tracker.Subscribe(new ShardObserver(state =>
               {
                   if (!state.ShardName.StartsWith(JourneyStore.ReplayName + ":", StringComparison.Ordinal) || watch.Elapsed - reported < ProgressInterval) return;
                   reported = watch.Elapsed;
                   progress?.Invoke(new RebuildProgress(state.Sequence, mark, Seconds(watch.Elapsed), Rate(state.Sequence, watch.Elapsed), false));
               })))
        {
            // With no events Marten replays nothing; the emptied tables are then already right.
            if (mark > 0) await daemon.RebuildProjectionAsync(JourneyStore.ReplayName, shardTimeout ?? DefaultShardTimeout, cancellation);
        }
        watch.Stop();
        await RefuseIfStopped(replay, options, projections, mark, cancellation);
        progress?.Invoke(new RebuildProgress(mark, mark, Seconds(watch.Elapsed), Rate(mark, watch.Elapsed), true));
        await daemon.StopAllAsync();
        await ForgetReplayProgress(replay, options, cancellation);

        var rebuilt = projections.Select(p => new ProjectionRebuilt(p.Name, p.Lifecycle.ToString().ToLowerInvariant(), tables[p.Name])).ToList();
        return new RebuildReport(startedAt, DateTimeOffset.UtcNow, mark, events, Seconds(watch.Elapsed), Rate(events, watch.Elapsed), rebuilt);
    }

    private static double Seconds(TimeSpan elapsed) => Math.Round(elapsed.TotalSeconds, 3);

    private static double Rate(long events, TimeSpan elapsed) =>
        elapsed.TotalSeconds > 0 ? Math.Round(events / elapsed.TotalSeconds, 1) : 0;

    private static async Task<long> CountEvents(IDocumentStore replay, StoreOptions options, long mark, CancellationToken cancellation)
    {
        await using var connection = replay.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {options.Events.DatabaseSchemaName}.mt_events WHERE seq_id <= @mark", connection);
        command.Parameters.AddWithValue("mark", mark);
        return (long)(await command.ExecuteScalarAsync(cancellation))!;
    }

    /// <summary>Empties every projection table at once, committed before the replay starts (it writes through connections of their own).</summary>
    private static async Task Empty(IDocumentStore replay, IReadOnlyList<string> tables, CancellationToken cancellation)
    {
        if (tables.Count == 0) return;
        await using var connection = replay.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand($"TRUNCATE {string.Join(", ", tables)}", connection);
        await command.ExecuteNonQueryAsync(cancellation);
    }

    /// <summary>
    /// Marten's single pass stops, without throwing, when a projection fails on a page (the composite pauses its agent and
    /// logs through the replay store, which logs nowhere): the rebuild would then report success with every table part
    /// filled. Each projection's own progress row says how far it was replayed; one short of the mark fails the rebuild.
    /// </summary>
    private static async Task RefuseIfStopped(IDocumentStore replay, StoreOptions options,
        IReadOnlyList<IProjectionSource<IDocumentOperations, IQuerySession>> projections, long mark, CancellationToken cancellation)
    {
        if (mark == 0) return;
        await using var connection = replay.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(
            $"SELECT min(coalesce(p.last_seq_id, 0)) FROM unnest(@names::text[]) AS n(name) LEFT JOIN {options.Events.DatabaseSchemaName}.mt_event_progression p ON p.name = n.name",
            connection);
        command.Parameters.AddWithValue("names", projections.Select(p => p.Name + ":All").ToArray());
        var reached = (long)(await command.ExecuteScalarAsync(cancellation))!;
        if (reached < mark)
            throw new InvalidOperationException(
                $"The replay stopped at event sequence {reached} of {mark}: a projection failed on the page after it. The tables are part filled; rebuild again once the cause is found.");
    }

    /// <summary>
    /// The composite's own progress row belongs to the replay store, which nothing runs after the
    /// rebuild; its members' rows (the async projection's among them) are the service's and stay.
    /// </summary>
    private static async Task ForgetReplayProgress(IDocumentStore replay, StoreOptions options, CancellationToken cancellation)
    {
        await using var connection = replay.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(
            $"DELETE FROM {options.Events.DatabaseSchemaName}.mt_event_progression WHERE name LIKE @replay", connection);
        command.Parameters.AddWithValue("replay", JourneyStore.ReplayName + ":%");
        await command.ExecuteNonQueryAsync(cancellation);
    }

    private sealed class ShardObserver(Action<ShardState> next) : IObserver<ShardState>
    {
        public void OnNext(ShardState value) => next(value);
        public void OnCompleted() { }
        public void OnError(Exception error) { }
    }
}
