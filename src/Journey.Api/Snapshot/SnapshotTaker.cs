using System.Diagnostics;
using System.Globalization;
using Journey.Domain.Timescales;
using Journey.Projections;
using Journey.Projections.Kpis;
using Npgsql;

namespace Journey.Api.Snapshot;

/// <summary>A snapshot that would not say what the store gives (an async projection behind the events).</summary>
public sealed class SnapshotRefusedException(string message) : Exception(message);

/// <summary>
/// Takes a <see cref="StoreSnapshot"/> in one read-only transaction (REPEATABLE READ), so every table and the KPI
/// pack are read as of one moment even while the service records. The tables are found in the catalogue
/// (<see cref="SnapshotScope"/> says which are left out); each is read in its primary key's order, text keys in byte
/// order (COLLATE "C"), so two databases of different collations order alike. A row is hashed as PostgreSQL writes
/// it as a record (ROW(...)::text), with the session's time zone, date style and float digits fixed, so an instant
/// reads the same whatever the server's settings (decision 128); it refuses while an async projection trails the events
/// (decision 130). <paramref name="sources"/> names what the store registers.
/// </summary>
public sealed class SnapshotTaker(string connectionString, SnapshotSources sources)
{
    private const string Schema = JourneyStore.Schema;
    public async Task<StoreSnapshot> Take(bool exact, SnapshotKey key, CancellationToken cancellation)
    {
        var watch = Stopwatch.StartNew();
        var takenAt = DateTimeOffset.UtcNow;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellation);
        await Execute(connection, """
            SET TRANSACTION READ ONLY;
            SET LOCAL timezone = 'UTC'; SET LOCAL datestyle = 'ISO, YMD'; SET LOCAL intervalstyle = 'postgres';
            SET LOCAL extra_float_digits = 1; SET LOCAL bytea_output = 'hex';
            """, cancellation);

        var (events, lastSequence) = await EventCount(connection, cancellation);
        var progress = await AsyncProgress(connection, cancellation);
        if (progress.Where(p => p.Sequence < lastSequence).ToList() is { Count: > 0 } behind)
            throw new SnapshotRefusedException(
                $"The async projections have not processed every event ({string.Join(", ", behind.Select(p => $"{p.Shard} at {p.Sequence:N0} of {lastSequence:N0}"))}), " +
                "so their tables are part filled. Take it with --catch-up, or once the service's daemon has caught up (GET /api/projections).");

        var recordedIsSource = await AllImported(connection, events, cancellation);
        var parts = new List<SnapshotPart>();
        var excluded = new List<ExcludedTable>();
        foreach (var relation in await Relations(connection, cancellation))
        {
            var why = SnapshotScope.ExclusionOf(relation.Name)?.Why
                      ?? (relation.Definition is { } view && SnapshotScope.ReadsTheClock(view) ? SnapshotScope.ReadsTheClockWhy : null);
            if (why is not null)
            {
                excluded.Add(new ExcludedTable($"{Schema}.{relation.Name}", why));
                continue;
            }
            parts.Add(await RelationPart(connection, relation, exact, recordedIsSource, key, cancellation));
        }
        var (first, last) = await Months(connection, cancellation);
        var measuresAt = MeasuresInstant(last);
        foreach (var asRecorded in new[] { false, true })
        {
            parts.Add(await KpiPart(connection, first, last, asRecorded, key, cancellation));
            parts.Add(await MeasuresPart(connection, measuresAt, asRecorded, key, cancellation));
        }
        await transaction.CommitAsync(cancellation);

        return new StoreSnapshot(StoreSnapshot.CurrentFormat, takenAt, Where(connection), exact, key.Fingerprint, events, lastSequence, progress,
            Month(first), Month(last), measuresAt, RecordedTimes(exact, recordedIsSource), Math.Round(watch.Elapsed.TotalSeconds, 1), excluded, parts);
    }

    private static string RecordedTimes(bool exact, bool recordedIsSource) =>
        exact ? "kept: the snapshot is exact"
        : recordedIsSource ? "kept: every stored event was imported, so each recorded instant is the source system's"
        : "left out: some steps were recorded through the API or the demo loader, with the server's clock";

    /// <summary>
    /// Whether every stored event came through the import (the ledger holds a line for each): then a recorded instant
    /// is the source system's, the same in two loads of the same file (decisions 129 and 135).
    /// </summary>
    private static async Task<bool> AllImported(NpgsqlConnection connection, long events, CancellationToken cancellation)
    {
        if (events == 0) return false;
        await using var command = new NpgsqlCommand($"""
            SELECT NOT EXISTS (SELECT 1 FROM {Schema}.mt_events e
                               WHERE NOT EXISTS (SELECT 1 FROM {Schema}.imported_lines l
                                                 WHERE l.child_id = e.stream_id AND l.stream_version = e.version))
            """, connection);
        return (bool)(await command.ExecuteScalarAsync(cancellation))!;
    }

    /// <summary>
    /// The instant the measures functions are read at: the end of the last UK month the store covers (midnight starting
    /// the next), after every stored step happened and was recorded, and the same for two loads in one month (decision 135).
    /// </summary>
    private static DateTimeOffset? MeasuresInstant(DateOnly? lastMonth) =>
        lastMonth is { } month ? UkTime.EndOf(month.AddMonths(1).AddDays(-1)).AddTicks(1).ToUniversalTime() : null;

    /// <summary>
    /// measures_as_at or measures_as_recorded (the functions analysts read, computing elapsed time and status when
    /// read) at <paramref name="at"/>, one row per clock, keyed as the clocks are.
    /// </summary>
    private static async Task<SnapshotPart> MeasuresPart(NpgsqlConnection connection, DateTimeOffset? at, bool asRecorded, SnapshotKey key,
        CancellationToken cancellation)
    {
        var function = asRecorded ? "measures_as_recorded" : "measures_as_at";
        var name = asRecorded ? "measures as recorded" : "measures as occurred";
        var sql = at is null ? "SELECT NULL::text, NULL::text WHERE false" : $"""
            SELECT json_build_array(m.child_id, m.measure, m.episode)::text, m::text
            FROM {Schema}.{function}(@at) m
            ORDER BY m.child_id COLLATE "C", m.measure COLLATE "C", m.episode
            """;
        var kind = at is null ? "the store's own function: no events, no instant"
            : $"the store's own function {Schema}.{function}, read at {at.Value.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z";
        return await Part(connection, sql, name, kind, ["child_id", "measure", "episode"], [$"every column of {function}"], [], key, cancellation,
            ("at", at ?? default));
    }

    private async Task<SnapshotPart> RelationPart(NpgsqlConnection connection, CatalogueRelation table, bool exact, bool recordedIsSource, SnapshotKey hmacKey,
        CancellationToken cancellation)
    {
        var columns = table.Columns.Where(c => exact || !SnapshotScope.DiffersByNature(c.Name, recordedIsSource)).ToList();
        var leftOut = table.Columns.Except(columns).Select(c => c.Name).ToList();
        // A primary key that includes a column left out cannot order two loads alike: the rows are then known by digest.
        var key = table.Columns.Where(c => c.KeyPosition > 0).OrderBy(c => c.KeyPosition).ToList();
        if (key.Any(c => !columns.Contains(c))) key = [];
        var row = $"ROW({string.Join(", ", columns.Select(c => Quote(c.Name)))})::text";
        var sql = $"""
            SELECT {(key.Count > 0 ? $"json_build_array({string.Join(", ", key.Select(c => Quote(c.Name)))})::text" : "NULL")},
                   {row}
            FROM {Schema}.{Quote(table.Name)}
            ORDER BY {(key.Count > 0 ? string.Join(", ", key.Select(c => c.Collatable ? $"{Quote(c.Name)} COLLATE \"C\"" : Quote(c.Name))) : $"{row} COLLATE \"C\"")}
            """;
        var name = $"{Schema}.{table.Name}";
        // A view has no primary key: its rows are known by digest (all its columns).
        var kind = table.Definition is null ? sources.KindOf(name) : sources.KindOf(name) is var owner && owner.StartsWith("projection ", StringComparison.Ordinal)
            ? $"{owner}: a view, read as analysts read it" : "the store's own: a view, read as analysts read it";
        return await Part(connection, sql, name, kind, key.Select(c => c.Name).ToList(), columns.Select(c => c.Name).ToList(), leftOut,
            hmacKey, cancellation);
    }

    /// <summary>
    /// One view of the pack for every month from <paramref name="first"/> to <paramref name="last"/>, every team and the
    /// authority (team null), as GET /api/kpi-pack computes it (the same function), asked for the whole range at once.
    /// </summary>
    private static async Task<SnapshotPart> KpiPart(NpgsqlConnection connection, DateOnly? first, DateOnly? last, bool asRecorded, SnapshotKey key,
        CancellationToken cancellation)
    {
        var name = asRecorded ? "kpi_pack as recorded" : "kpi_pack as occurred";
        var months = first is null ? "no months: the store holds no events" : $"KPI pack, {Month(first)} to {Month(last)}";
        var sql = first is null ? "SELECT NULL::text, NULL::text WHERE false" : $"""
            SELECT json_build_array(p.team, to_char(p.month, 'YYYY-MM'), p.kpi_id)::text, p::text
            FROM {KpiSchema.PackFunction}(@first, @last, {(asRecorded ? "true" : "false")}) p
            ORDER BY p.team COLLATE "C" NULLS FIRST, p.month, p.kpi_id COLLATE "C"
            """;
        return await Part(connection, sql, name, months, ["team", "month", "kpi_id"], ["every column of kpi_pack"], [], key, cancellation,
            ("first", first ?? default), ("last", last ?? default));
    }

    private static async Task<SnapshotPart> Part(NpgsqlConnection connection, string sql, string name, string kind, IReadOnlyList<string> key,
        IReadOnlyList<string> columns, IReadOnlyList<string> leftOut, SnapshotKey hmacKey, CancellationToken cancellation, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (parameter, value) in parameters) command.Parameters.AddWithValue(parameter, value);
        // The row's text is keyed here, not hashed by PostgreSQL: its sha256 takes no key, and pgcrypto's hmac is an extension.
        using var digests = new PartDigests(name, key);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            digests.Add(reader.IsDBNull(0) ? null : reader.GetString(0), hmacKey.Digest(reader.GetString(1)));
        return new SnapshotPart(name, kind, key, columns, leftOut, digests.Rows, digests.Hash(), digests.Digests);
    }

    private static async Task<(long Events, long LastSequence)> EventCount(NpgsqlConnection connection, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand($"SELECT count(*), coalesce(max(seq_id), 0) FROM {Schema}.mt_events", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        await reader.ReadAsync(cancellation);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>Each async shard the store registers and the last event Marten's daemon recorded it had processed (0: none yet).</summary>
    private async Task<IReadOnlyList<AsyncProgress>> AsyncProgress(NpgsqlConnection connection, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand($"SELECT name, last_seq_id FROM {Schema}.mt_event_progression", connection);
        var recorded = new Dictionary<string, long>();
        await using (var reader = await command.ExecuteReaderAsync(cancellation))
            while (await reader.ReadAsync(cancellation)) recorded[reader.GetString(0)] = reader.GetInt64(1);
        return sources.AsyncShards.Select(s => new AsyncProgress(s, recorded.GetValueOrDefault(s))).ToList();
    }

    /// <summary>
    /// The UK months from the first in which a stored step happened or was recorded to the last: each event's occurredAt and its
    /// timestamp (when it was recorded; the source system's for an imported line, the server's for a step recorded through the API).
    /// </summary>
    private static async Task<(DateOnly? First, DateOnly? Last)> Months(NpgsqlConnection connection, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT date_trunc('month', min(least(timestamp, (data->>'OccurredAt')::timestamptz)) AT TIME ZONE 'Europe/London')::date,
                   date_trunc('month', max(greatest(timestamp, (data->>'OccurredAt')::timestamptz)) AT TIME ZONE 'Europe/London')::date
            FROM {Schema}.mt_events
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        await reader.ReadAsync(cancellation);
        return reader.IsDBNull(0) ? (null, null) : (reader.GetFieldValue<DateOnly>(0), reader.GetFieldValue<DateOnly>(1));
    }

    private sealed record CatalogueColumn(string Name, bool Collatable, int KeyPosition);

    /// <summary>A base table, or a view (then <see cref="Definition"/> is its query, and it has no primary key).</summary>
    private sealed record CatalogueRelation(string Name, string? Definition, IReadOnlyList<CatalogueColumn> Columns);

    /// <summary>
    /// Every base table of the schema (a partitioned table once, not its partitions) and every view (plain or
    /// materialized), its columns in order and its primary key.
    /// </summary>
    private static async Task<IReadOnlyList<CatalogueRelation>> Relations(NpgsqlConnection connection, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand("""
            SELECT c.relname, CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END, a.attname, a.attcollation <> 0,
                   -- indkey is an int2vector, numbered from 0: the column's place in the key, from 1 (0: not in it).
                   coalesce((SELECT k.place FROM unnest(i.indkey) WITH ORDINALITY k(attnum, place) WHERE k.attnum = a.attnum), 0)::int
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary
            WHERE n.nspname = @schema AND c.relkind IN ('r', 'p', 'v', 'm') AND NOT c.relispartition
            ORDER BY c.relname COLLATE "C", a.attnum
            """, connection);
        command.Parameters.AddWithValue("schema", Schema);
        var columns = new List<(string Relation, string? Definition, CatalogueColumn Column)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellation))
            while (await reader.ReadAsync(cancellation))
                columns.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1),
                    new CatalogueColumn(reader.GetString(2), reader.GetBoolean(3), reader.GetInt32(4))));
        return columns.GroupBy(c => (c.Relation, c.Definition))
            .Select(g => new CatalogueRelation(g.Key.Relation, g.Key.Definition, g.Select(c => c.Column).ToList())).ToList();
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellation);
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"")}\"";

    private static string? Month(DateOnly? month) => month?.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Where, never the password: host:port and database.</summary>
    private static string Where(NpgsqlConnection connection) => $"{connection.Host}:{connection.Port} db={connection.Database}";
}
