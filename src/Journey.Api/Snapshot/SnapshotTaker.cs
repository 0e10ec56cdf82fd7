using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
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
    private const int ShortDigest = 16;

    public async Task<StoreSnapshot> Take(bool exact, CancellationToken cancellation)
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

        var parts = new List<SnapshotPart>();
        var excluded = new List<ExcludedTable>();
        foreach (var table in await Tables(connection, cancellation))
        {
            if (SnapshotScope.ExclusionOf(table.Name) is { } rule)
            {
                excluded.Add(new ExcludedTable($"{Schema}.{table.Name}", rule.Why));
                continue;
            }
            parts.Add(await TablePart(connection, table, exact, cancellation));
        }
        var (first, last) = await Months(connection, cancellation);
        foreach (var asRecorded in new[] { false, true })
            parts.Add(await KpiPart(connection, first, last, asRecorded, cancellation));
        await transaction.CommitAsync(cancellation);

        return new StoreSnapshot(StoreSnapshot.CurrentFormat, takenAt, Where(connection), exact, events, lastSequence, progress,
            Month(first), Month(last), Math.Round(watch.Elapsed.TotalSeconds, 1), excluded, parts);
    }

    private async Task<SnapshotPart> TablePart(NpgsqlConnection connection, CatalogueTable table, bool exact, CancellationToken cancellation)
    {
        var columns = table.Columns.Where(c => exact || !SnapshotScope.DiffersByNature(c.Name)).ToList();
        var leftOut = table.Columns.Except(columns).Select(c => c.Name).ToList();
        // A primary key that includes a column left out cannot order two loads alike: the rows are then known by digest.
        var key = table.Columns.Where(c => c.KeyPosition > 0).OrderBy(c => c.KeyPosition).ToList();
        if (key.Any(c => !columns.Contains(c))) key = [];
        var row = $"ROW({string.Join(", ", columns.Select(c => Quote(c.Name)))})::text";
        var sql = $"""
            SELECT {(key.Count > 0 ? $"json_build_array({string.Join(", ", key.Select(c => Quote(c.Name)))})::text" : "NULL")},
                   sha256(convert_to({row}, 'UTF8'))
            FROM {Schema}.{Quote(table.Name)}
            ORDER BY {(key.Count > 0 ? string.Join(", ", key.Select(c => c.Collatable ? $"{Quote(c.Name)} COLLATE \"C\"" : Quote(c.Name))) : $"{row} COLLATE \"C\"")}
            """;
        var name = $"{Schema}.{table.Name}";
        return await Part(connection, sql, name, sources.KindOf(name), key.Select(c => c.Name).ToList(), columns.Select(c => c.Name).ToList(), leftOut,
            cancellation);
    }

    /// <summary>
    /// One view of the pack for every month from <paramref name="first"/> to <paramref name="last"/>, every team and the
    /// authority (team null), as GET /api/kpi-pack computes it (the same function), asked for the whole range at once.
    /// </summary>
    private static async Task<SnapshotPart> KpiPart(NpgsqlConnection connection, DateOnly? first, DateOnly? last, bool asRecorded,
        CancellationToken cancellation)
    {
        var name = asRecorded ? "kpi_pack as recorded" : "kpi_pack as occurred";
        var months = first is null ? "no months: the store holds no events" : $"KPI pack, {Month(first)} to {Month(last)}";
        var sql = first is null ? "SELECT NULL::text, NULL::bytea WHERE false" : $"""
            SELECT json_build_array(p.team, to_char(p.month, 'YYYY-MM'), p.kpi_id)::text, sha256(convert_to(p::text, 'UTF8'))
            FROM {KpiSchema.PackFunction}(@first, @last, {(asRecorded ? "true" : "false")}) p
            ORDER BY p.team COLLATE "C" NULLS FIRST, p.month, p.kpi_id COLLATE "C"
            """;
        return await Part(connection, sql, name, months, ["team", "month", "kpi_id"], ["every column of kpi_pack"], [], cancellation,
            ("first", first ?? default), ("last", last ?? default));
    }

    private static async Task<SnapshotPart> Part(NpgsqlConnection connection, string sql, string name, string kind, IReadOnlyList<string> key,
        IReadOnlyList<string> columns, IReadOnlyList<string> leftOut, CancellationToken cancellation, params (string Name, DateOnly Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (parameter, value) in parameters) command.Parameters.AddWithValue(parameter, value);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var digests = new Dictionary<string, string>();
        long rows = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            var digest = reader.GetFieldValue<byte[]>(1);
            var rowKey = reader.IsDBNull(0) ? Convert.ToHexStringLower(digest) : reader.GetString(0);
            hash.AppendData(Encoding.UTF8.GetBytes(rowKey));
            hash.AppendData(digest);
            // Rows without a key that are the same to the byte are one digest; the count still counts each.
            digests[rowKey] = Convert.ToHexStringLower(digest)[..ShortDigest];
            rows++;
        }
        return new SnapshotPart(name, kind, key, columns, leftOut, rows, Convert.ToHexStringLower(hash.GetHashAndReset()), digests);
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

    private sealed record CatalogueTable(string Name, IReadOnlyList<CatalogueColumn> Columns);

    /// <summary>Every base table of the schema (a partitioned table once, not its partitions), its columns in order and its primary key.</summary>
    private static async Task<IReadOnlyList<CatalogueTable>> Tables(NpgsqlConnection connection, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand("""
            SELECT c.relname, a.attname, a.attcollation <> 0,
                   -- indkey is an int2vector, numbered from 0: the column's place in the key, from 1 (0: not in it).
                   coalesce((SELECT k.place FROM unnest(i.indkey) WITH ORDINALITY k(attnum, place) WHERE k.attnum = a.attnum), 0)::int
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary
            WHERE n.nspname = @schema AND c.relkind IN ('r', 'p') AND NOT c.relispartition
            ORDER BY c.relname COLLATE "C", a.attnum
            """, connection);
        command.Parameters.AddWithValue("schema", Schema);
        var columns = new List<(string Table, CatalogueColumn Column)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellation))
            while (await reader.ReadAsync(cancellation))
                columns.Add((reader.GetString(0), new CatalogueColumn(reader.GetString(1), reader.GetBoolean(2), reader.GetInt32(3))));
        return columns.GroupBy(c => c.Table).Select(g => new CatalogueTable(g.Key, g.Select(c => c.Column).ToList())).ToList();
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
