using Journey.Projections.Disposal;
using Marten;
using Npgsql;

namespace Journey.Projections.Integrity;

/// <summary>
/// Checks heads kept outside the database (a file written by verify --heads: child,version,hash a
/// line) against the links stored now. A chain rewritten wholesale with recomputed hashes verifies
/// clean on its own; it cannot still hold a kept head, because every link depends on all before it.
/// Read and checked a thousand lines at a time.
/// </summary>
public sealed class AnchorCheck(IDocumentStore store)
{
    public const string Header = "child_id,version,hash";
    private const int Batch = 1000;

    public static string Line(ChainHead head) => $"{head.ChildId},{head.Version},{head.Hash}";

    /// <returns>
    /// The anchors checked; every one that no longer holds is passed to onBreak, and every one of a
    /// child since disposed of, at or before the head its disposal recorded, to onDisposed (decision 67).
    /// </returns>
    public async Task<long> Check(TextReader anchors, Action<ChainBreak> onBreak, CancellationToken cancellation, Action<DisposedAnchor>? onDisposed = null)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        var batch = new List<ChainHead>();
        long checkedCount = 0;
        while (await anchors.ReadLineAsync(cancellation) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line) || line == Header) continue;
            var parts = line.Split(',');
            // Child ids may hold commas: the version and hash are the last two fields.
            batch.Add(new ChainHead(string.Join(',', parts[..^2]), long.Parse(parts[^2]), parts[^1].Trim()));
            if (batch.Count == Batch) checkedCount += await CheckBatch(connection, batch, onBreak, onDisposed, cancellation);
        }
        return checkedCount + await CheckBatch(connection, batch, onBreak, onDisposed, cancellation);
    }

    private static async Task<long> CheckBatch(NpgsqlConnection connection, List<ChainHead> batch, Action<ChainBreak> onBreak,
        Action<DisposedAnchor>? onDisposed, CancellationToken cancellation)
    {
        if (batch.Count == 0) return 0;
        await using var command = new NpgsqlCommand($"""
            SELECT a.child_id, a.version, a.hash, h.hash, d.last_version, d.head_hash, d.disposed_at, d.disposed_by, d.authorised_by
              FROM unnest(@children, @versions, @hashes) AS a(child_id, version, hash)
              LEFT JOIN {EventHashSchema.HashesTable.QualifiedName} h ON h.stream_id = a.child_id AND h.version = a.version
              LEFT JOIN {DisposalSchema.Table.QualifiedName} d ON d.child_id = a.child_id
             WHERE h.hash IS DISTINCT FROM a.hash
            """, connection);
        command.Parameters.AddWithValue("children", batch.Select(h => h.ChildId).ToArray());
        command.Parameters.AddWithValue("versions", batch.Select(h => h.Version).ToArray());
        command.Parameters.AddWithValue("hashes", batch.Select(h => h.Hash).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            var (child, version, kept) = (reader.GetString(0), reader.GetInt64(1), reader.GetString(2));
            if (reader.IsDBNull(3) && !reader.IsDBNull(4))
            {
                // Disposed of since: the kept head must precede the head the disposal recorded, or be it.
                var (disposedAt, head) = (reader.GetInt64(4), reader.GetString(5));
                if (version < disposedAt || (version == disposedAt && kept == head))
                {
                    onDisposed?.Invoke(new DisposedAnchor(child, version, disposedAt, reader.GetFieldValue<DateTimeOffset>(6), reader.GetString(7), reader.GetString(8)));
                    continue;
                }
                onBreak(version == disposedAt
                    ? new ChainBreak(child, version, "anchor-mismatch",
                        $"{child} was disposed of with link {version} at {Short(head)}, not the {Short(kept)} kept outside the database: the chain was rewritten before it was disposed of.")
                    : new ChainBreak(child, version, "anchor-missing",
                        $"A head kept outside the database names link {version} of {child}, but its disposal recorded its last link as {disposedAt}: " +
                        "links after it were removed before it was disposed of."));
                continue;
            }
            onBreak(reader.IsDBNull(3)
                ? new ChainBreak(child, version, "anchor-missing", $"A head kept outside the database names link {version} of {child}, which is no longer stored.")
                : new ChainBreak(child, version, "anchor-mismatch",
                    $"Link {version} of {child} is {Short(reader.GetString(3))}, not the {Short(kept)} kept outside the database: the chain up to it was rewritten."));
        }
        var count = batch.Count;
        batch.Clear();
        return count;
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] + "…" : hash;
}

/// <summary>A head kept outside the database for a child whose record was since disposed of, at or before the head its disposal recorded.</summary>
public sealed record DisposedAnchor(string ChildId, long Version, long DisposedAtVersion, DateTimeOffset DisposedAt, string DisposedBy, string AuthorisedBy);
