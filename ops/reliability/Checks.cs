using System.Diagnostics;
using Npgsql;

namespace Journey.Reliability;

/// <summary>The figures the report states, counted in SQL over the run's children (stream ids REL-{run}-…).</summary>
public sealed record Findings(
    long Acknowledged, long Present, long Lost, long Duplicated, long StoredNotAcknowledged,
    long StepsMissing, long StepsExtra, long ChildrenWithoutClocks, long ClocksStartedTwice, long ClocksNotFromTheirEvent)
{
    /// <summary>Every figure that must be 0 for the run to pass.</summary>
    public IEnumerable<(string Name, long Value)> MustBeZero =>
    [
        ("lost", Lost), ("duplicated", Duplicated), ("projection rows missing", StepsMissing),
        ("projection rows extra", StepsExtra), ("children without clocks", ChildrenWithoutClocks),
        ("clocks started twice", ClocksStartedTwice), ("clocks not from their event", ClocksNotFromTheirEvent),
    ];
}

public static class Checks
{
    private const string Shard = "RecordedSteps:All";

    /// <summary>How far the async daemon trails the event store (events), or null if the database does not answer.</summary>
    public static async Task<long?> DaemonBehind(string connectionString)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT (SELECT coalesce(max(seq_id), 0) FROM journey.mt_events) - coalesce((SELECT last_seq_id FROM journey.mt_event_progression WHERE name = @shard), 0)",
                connection);
            command.Parameters.AddWithValue("shard", Shard);
            return (long)(await command.ExecuteScalarAsync())!;
        }
        catch (NpgsqlException) { return null; }
    }

    /// <summary>Waits until the RecordedSteps shard has reached the last event; false after the timeout.</summary>
    public static async Task<bool> WaitForDaemon(string connectionString, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (await DaemonBehind(connectionString) is <= 0) return true;
            await Task.Delay(1000);
        }
        return false;
    }

    /// <summary>
    /// Keeps the acknowledgements in the run's database (public.reliability_acknowledged), so that a
    /// run can be counted again later (--recheck), e.g. after tampering with the store to see a check fail.
    /// </summary>
    public static async Task Keep(string connectionString, string runId, IReadOnlyCollection<Acknowledged> acknowledged)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var keep = new NpgsqlCommand("""
            CREATE TABLE IF NOT EXISTS public.reliability_acknowledged
              (run_id text NOT NULL, child_id text NOT NULL, idempotency_key text NOT NULL, version bigint NOT NULL, events int NOT NULL);
            INSERT INTO public.reliability_acknowledged
            SELECT @run, * FROM unnest(@children::text[], @keys::text[], @versions::bigint[], @events::int[]);
            """, connection);
        keep.Parameters.AddWithValue("run", runId);
        keep.Parameters.AddWithValue("children", acknowledged.Select(a => a.ChildId).ToArray());
        keep.Parameters.AddWithValue("keys", acknowledged.Select(a => a.IdempotencyKey).ToArray());
        keep.Parameters.AddWithValue("versions", acknowledged.Select(a => a.Version).ToArray());
        keep.Parameters.AddWithValue("events", acknowledged.Select(a => a.Events).ToArray());
        await keep.ExecuteNonQueryAsync();
    }

    /// <summary>The last run kept in the database, or null.</summary>
    public static async Task<string?> LastRun(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var last = new NpgsqlCommand("SELECT max(run_id) FROM public.reliability_acknowledged", connection);
        try { return await last.ExecuteScalarAsync() as string; }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable) { return null; }
    }

    public static async Task<Findings> Count(string connectionString, string runId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var load = new NpgsqlCommand("""
            CREATE TEMP TABLE acks AS
            SELECT child_id, idempotency_key, version, events FROM public.reliability_acknowledged WHERE run_id = @run;
            CREATE TEMP TABLE run_events AS
            SELECT seq_id, stream_id AS child_id, version, type FROM journey.mt_events WHERE stream_id LIKE @prefix;
            """, connection))
        {
            load.Parameters.AddWithValue("run", runId);
            load.Parameters.AddWithValue("prefix", $"REL-{runId}-%");
            await load.ExecuteNonQueryAsync();
        }
        await using var count = new NpgsqlCommand("""
            SELECT
              (SELECT coalesce(sum(events), 0) FROM acks),
              -- present: each acknowledged event (the versions the answer named) is in the store
              (SELECT count(*) FROM acks a JOIN run_events e
                 ON e.child_id = a.child_id AND e.version > a.version - a.events AND e.version <= a.version),
              -- duplicated: a stream holding more events than its one acknowledged submission appended
              (SELECT coalesce(sum(greatest(n.stored - a.events, 0)), 0) FROM acks a
                 JOIN (SELECT child_id, count(*) AS stored FROM run_events GROUP BY child_id) n USING (child_id)),
              -- stored for a submission never acknowledged (given up): reported, not a loss
              (SELECT count(*) FROM run_events e WHERE NOT EXISTS (SELECT FROM acks a WHERE a.child_id = e.child_id)),
              -- the async projection: exactly one row per event, carrying that event's sequence
              (SELECT count(*) FROM run_events e WHERE NOT EXISTS (SELECT FROM journey.recorded_steps s
                 WHERE s.child_id = e.child_id AND s.version = e.version AND s.sequence = e.seq_id)),
              (SELECT count(*) FROM journey.recorded_steps s WHERE s.child_id LIKE @prefix AND NOT EXISTS (SELECT FROM run_events e
                 WHERE s.child_id = e.child_id AND s.version = e.version AND s.sequence = e.seq_id)),
              -- the inline clocks: every acknowledged child has its contact's clocks, each started once,
              -- by an event of its own stream
              (SELECT count(*) FROM acks a WHERE NOT EXISTS (SELECT FROM journey.measure_clocks c WHERE c.child_id = a.child_id)),
              (SELECT count(*) FROM journey.measure_clocks c WHERE c.child_id LIKE @prefix AND c.episode > 1),
              (SELECT count(*) FROM journey.measure_clocks c WHERE c.child_id LIKE @prefix AND NOT EXISTS (SELECT FROM run_events e
                 WHERE e.child_id = c.child_id AND e.seq_id = c.last_event_sequence))
            """, connection);
        count.Parameters.AddWithValue("prefix", $"REL-{runId}-%");
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        long At(int i) => Convert.ToInt64(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
        var acknowledgedEvents = At(0);
        var present = At(1);
        return new Findings(acknowledgedEvents, present, acknowledgedEvents - present, At(2), At(3), At(4), At(5), At(6), At(7), At(8));
    }
}
