using System.Data;
using JasperFx.Events;
using Journey.Projections.Disposal;
using Marten;
using Npgsql;

namespace Journey.Projections.Integrity;

/// <summary>
/// Recomputes the hash chain of one child or of every child and reports the first broken link of
/// each. The whole store is read as one stream of rows ordered by child and version (event rows
/// beside their link rows), holding one child's rows at a time, in a read-only repeatable-read
/// transaction so concurrent writes neither show half-chained nor block.
/// </summary>
public sealed class ChainVerifier(IDocumentStore store)
{
    /// <summary>How often, in children, progress is reported.</summary>
    public const int ProgressEvery = 1000;

    public async Task<ChainReport> Verify(string? childId, TimeProvider clock, CancellationToken cancellation,
        Action<ChainProgress>? progress = null, Action<ChainBreak>? onBreak = null, Action<ChainHead>? onHead = null)
    {
        var report = new ChainReport { ChildId = childId, VerifiedAt = clock.GetUtcNow() };
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellation);
        // The whole store is one statement that lasts as long as reading every event: the service's statement timeout
        // (decision 76) is lifted for this transaction only.
        await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY; SET LOCAL statement_timeout = 0", connection, transaction))
            await readOnly.ExecuteNonQueryAsync(cancellation);

        report.ChainingBeganAtSequence = await ChainingBegan(connection, transaction, cancellation);
        await using (var command = new NpgsqlCommand(Sql, connection, transaction) { CommandTimeout = 0 })
        {
            command.Parameters.AddWithValue("child", NpgsqlTypes.NpgsqlDbType.Text, (object?)childId ?? DBNull.Value);
            command.Parameters.AddWithValue("tombstone", NpgsqlTypes.NpgsqlDbType.Text, Tombstone.StreamKey);
            await using var reader = await command.ExecuteReaderAsync(cancellation);

            var rows = new List<ChainRow>();
            while (await reader.ReadAsync(cancellation))
            {
                var row = Read(reader);
                if (rows.Count > 0 && rows[0].ChildId != row.ChildId) Finish(rows, report, progress, onBreak, onHead);
                rows.Add(row);
            }
            if (rows.Count > 0) Finish(rows, report, progress, onBreak, onHead);
        }
        await VerifyDisposals(connection, transaction, report, onBreak, cancellation);
        progress?.Invoke(new ChainProgress(report.Children, report.Events, report.BrokenChildren));
        return report;
    }

    /// <summary>
    /// Children disposed of at the end of their retention period have no events or links left: they are
    /// counted apart from broken ones, and the disposals' own chain is verified instead (decision 67).
    /// The table holds a row per disposal ever made, so it is read whole.
    /// </summary>
    private static async Task VerifyDisposals(NpgsqlConnection connection, NpgsqlTransaction transaction, ChainReport report,
        Action<ChainBreak>? onBreak, CancellationToken cancellation)
    {
        var disposals = await DisposalLedger.All(connection, transaction, cancellation);
        var breaks = DisposalChainCheck.Check(disposals, await DisposalLedger.Logged(connection, transaction, cancellation));
        if (report.ChildId is { } child)
        {
            report.Disposal = disposals.FirstOrDefault(d => d.ChildId == child);
            breaks = breaks.Where(b => b.ChildId == child).ToList();
        }
        report.DisposedChildren = report.ChildId is null ? disposals.Count : report.Disposal is null ? 0 : 1;
        foreach (var broken in breaks)
        {
            report.DisposalBreaks++;
            if (report.Breaks.Count < ChainReport.MaxBreaksListed) report.Breaks.Add(broken);
            onBreak?.Invoke(broken);
        }
    }

    private static void Finish(List<ChainRow> rows, ChainReport report, Action<ChainProgress>? progress, Action<ChainBreak>? onBreak,
        Action<ChainHead>? onHead)
    {
        var result = ChildChainCheck.Check(rows, report.ChainingBeganAtSequence);
        rows.Clear();
        report.Children++;
        report.Events += result.Events;
        report.ChainedEvents += result.Chained;
        report.SealedEvents += result.Sealed;
        report.UnsealedEvents += result.Unsealed;
        if (result.Unsealed > 0) report.UnsealedChildren++;
        if (report.ChildId is not null) report.Head = result.Head;
        if (result.Head is { } head) onHead?.Invoke(head);
        if (result.Break is { } broken)
        {
            report.BrokenChildren++;
            if (report.Breaks.Count < ChainReport.MaxBreaksListed) report.Breaks.Add(broken);
            onBreak?.Invoke(broken);
        }
        if (report.Children % ProgressEvery == 0) progress?.Invoke(new ChainProgress(report.Children, report.Events, report.BrokenChildren));
    }

    private static async Task<long?> ChainingBegan(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT min(seq_id) FROM {EventHashSchema.HashesTable.QualifiedName} WHERE origin = '{EventHashSchema.Appended}'", connection, transaction);
        return await command.ExecuteScalarAsync(cancellation) is long sequence ? sequence : null;
    }

    private static ChainRow Read(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetInt64(1),
        r.IsDBNull(2) ? null : r.GetInt64(2),
        r.IsDBNull(3) ? null : r.GetGuid(3),
        r.IsDBNull(4) ? null : r.GetString(4),
        r.IsDBNull(5) ? null : r.GetString(5),
        r.IsDBNull(6) ? null : r.GetGuid(6),
        r.IsDBNull(7) ? null : r.GetString(7),
        r.IsDBNull(8) ? null : r.GetString(8),
        r.IsDBNull(9) ? null : r.GetString(9),
        r.IsDBNull(10) ? null : r.GetString(10),
        r.IsDBNull(11) ? null : r.GetString(11),
        r.IsDBNull(12) ? null : r.GetInt64(12));

    /// <summary>
    /// Event rows (canonical text as PostgreSQL renders it, and the data's digest for naming what
    /// differs) full-joined to link rows, so an event without a link and a link without an event
    /// both show; the stream's own version catches the latest events deleted with their links.
    /// </summary>
    private static readonly string Sql = $"""
        WITH e AS (
          SELECT stream_id::text AS stream_id, version, seq_id, id,
                 {EventHashSchema.CanonicalFunction}(stream_id, version, type, data, timestamp, user_name,
                                                     correlation_id, causation_id, headers) AS canonical,
                 encode(sha256(convert_to(data::text, 'UTF8')), 'hex') AS data_sha256
            FROM {JourneyStore.Schema}.mt_events
           WHERE stream_id <> @tombstone AND (@child IS NULL OR stream_id = @child)
        ), h AS (
          SELECT * FROM {EventHashSchema.HashesTable.QualifiedName} WHERE @child IS NULL OR stream_id = @child
        )
        SELECT coalesce(e.stream_id, h.stream_id) AS child_id, coalesce(e.version, h.version) AS version,
               e.seq_id, e.id, e.canonical, e.data_sha256,
               h.event_id, h.data_sha256, h.event_sha256, h.prev_hash, h.hash, h.origin,
               s.version AS stream_version
          FROM e FULL JOIN h ON h.stream_id = e.stream_id AND h.version = e.version
          LEFT JOIN {JourneyStore.Schema}.mt_streams s ON s.id = coalesce(e.stream_id, h.stream_id)
         ORDER BY 1, 2
        """;
}
