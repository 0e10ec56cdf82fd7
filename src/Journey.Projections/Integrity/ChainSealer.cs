using JasperFx.Events;
using Marten;
using Npgsql;

namespace Journey.Projections.Integrity;

/// <summary>What sealing did: children sealed and their events chained.</summary>
public sealed record SealReport(long Children, long Events);

/// <summary>
/// Seals history stored before chaining began, once: every child none of whose events is chained
/// gets its whole stream chained, each link marked 'sealed' with who sealed it and when. A child
/// with any link is left alone, so sealing never closes a gap an auditor should see. Children are
/// taken a page at a time by key and each is sealed in a transaction of its own, so a store of any
/// size seals with flat memory while the service keeps recording (a write to a child being sealed
/// waits for its lock).
/// </summary>
public sealed class ChainSealer(IDocumentStore store)
{
    private const int Page = 500;

    public async Task<SealReport> SealUnchained(string sealedBy, CancellationToken cancellation, Action<SealReport>? progress = null)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        long children = 0, events = 0;
        var after = "";
        while (true)
        {
            var page = await Unchained(connection, after, cancellation);
            if (page.Count == 0) break;
            foreach (var child in page)
            {
                await using var seal = new NpgsqlCommand($"SELECT {EventHashSchema.SealFunction}(@child, @by)", connection);
                seal.Parameters.AddWithValue("child", NpgsqlTypes.NpgsqlDbType.Text, child);
                seal.Parameters.AddWithValue("by", NpgsqlTypes.NpgsqlDbType.Text, sealedBy);
                var chained = (int)(await seal.ExecuteScalarAsync(cancellation))!;
                if (chained > 0) children++;
                events += chained;
            }
            after = page[^1];
            progress?.Invoke(new SealReport(children, events));
        }
        return new SealReport(children, events);
    }

    private static async Task<List<string>> Unchained(NpgsqlConnection connection, string after, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT s.id::text FROM {JourneyStore.Schema}.mt_streams s
             WHERE s.id > @after AND s.id <> @tombstone
               AND NOT EXISTS (SELECT 1 FROM {EventHashSchema.HashesTable.QualifiedName} h WHERE h.stream_id = s.id)
             ORDER BY s.id LIMIT {Page}
            """, connection);
        command.Parameters.AddWithValue("after", NpgsqlTypes.NpgsqlDbType.Text, after);
        command.Parameters.AddWithValue("tombstone", NpgsqlTypes.NpgsqlDbType.Text, Tombstone.StreamKey);
        var children = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation)) children.Add(reader.GetString(0));
        return children;
    }
}
