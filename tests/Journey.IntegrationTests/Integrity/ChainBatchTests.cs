using Journey.IntegrationTests.Infrastructure;
using Journey.Projections.Integrity;
using Npgsql;
using static Journey.IntegrationTests.Integrity.ChainFixtures;

namespace Journey.IntegrationTests.Integrity;

/// <summary>
/// A batch of events is chained by one statement, journey.chain_events, and its links are the links
/// journey.chain_event gives called once per event, in the same order, from the same rows.
/// </summary>
public sealed class ChainBatchTests(JourneyHost host)
{
    private readonly HttpClient _worker = host.ClientFor("sw.sam.taylor");
    private string Db => host.ConnectionString;

    private const string LinkColumns = "concat_ws('|', stream_id, version, seq_id, event_id, data_sha256, event_sha256, prev_hash, hash, origin, sealed_by)";

    [Fact]
    public async Task Chaining_two_children_interleaved_in_one_statement_gives_the_links_of_one_call_per_event()
    {
        var first = await RecordCorrectedJourney(_worker);
        var second = await RecordCorrectedJourney(_worker);
        string[] children = [first, second];
        var appended = await Rows(Db, $"SELECT stream_id, version, prev_hash, hash FROM {EventHashSchema.HashesTable.QualifiedName} WHERE stream_id = ANY(@c) ORDER BY stream_id, version",
            ("c", children));
        appended.Count.ShouldBe(8);
        (await Rows(Db, $"SELECT DISTINCT origin FROM {EventHashSchema.HashesTable.QualifiedName} WHERE stream_id = ANY(@c)", ("c", children))).ShouldBe(["appended"]);

        // Both chained again from the same rows in the same schema state, each in a transaction rolled back.
        var onePerEvent = await ChainedAgain(children, async (connection, events) =>
        {
            foreach (var (child, version, by) in events)
            {
                await using var command = new NpgsqlCommand($"SELECT {EventHashSchema.ChainFunction}(@c, @v, @by)", connection);
                command.Parameters.AddWithValue("c", child);
                command.Parameters.AddWithValue("v", version);
                command.Parameters.AddWithValue("by", (object?)by ?? DBNull.Value);
                await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
            }
        });
        var oneStatement = await ChainedAgain(children, async (connection, events) =>
        {
            await using var command = new NpgsqlCommand($"SELECT {EventHashSchema.ChainBatchFunction}(@c, @v, @by)", connection);
            command.Parameters.AddWithValue("c", events.Select(e => e.Child).ToArray());
            command.Parameters.AddWithValue("v", events.Select(e => e.Version).ToArray());
            command.Parameters.AddWithValue("by", events.Select(e => e.By).ToArray());
            (await command.ExecuteScalarAsync(TestContext.Current.CancellationToken)).ShouldBe(8);
        });

        oneStatement.Count.ShouldBe(8);
        oneStatement.ShouldBe(onePerEvent);
        // Made again outside the appending transaction, the links are sealed, with the same hashes as when appended.
        oneStatement.Select(Hashes).ShouldBe(appended);
    }

    [Fact]
    public async Task A_batch_naming_versions_already_chained_changes_nothing()
    {
        var child = await RecordCorrectedJourney(_worker);
        var before = await Rows(Db, $"SELECT {LinkColumns}, chained_at FROM {EventHashSchema.HashesTable.QualifiedName} WHERE stream_id = @c ORDER BY version", ("c", child));

        var chained = await Rows(Db, $"SELECT {EventHashSchema.ChainBatchFunction}(ARRAY[@c, @c], ARRAY[1, 4]::bigint[], ARRAY['someone', NULL])", ("c", child));

        chained.ShouldBe(["0"]);
        (await Rows(Db, $"SELECT {LinkColumns}, chained_at FROM {EventHashSchema.HashesTable.QualifiedName} WHERE stream_id = @c ORDER BY version", ("c", child)))
            .ShouldBe(before);
    }

    /// <summary>A link's child, version, previous hash and hash.</summary>
    private static string Hashes(string link) => link.Split('|') is var parts ? string.Join('|', parts[0], parts[1], parts[6], parts[7]) : link;

    /// <summary>The children's links deleted and made again by <paramref name="chain"/>, read, then rolled back.</summary>
    private async Task<List<string>> ChainedAgain(string[] children, Func<NpgsqlConnection, List<(string Child, long Version, string? By)>, Task> chain)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var connection = new NpgsqlConnection(Db);
        await connection.OpenAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        var events = new List<(string, long, string?)>();
        await using (var read = new NpgsqlCommand("SELECT stream_id, version, user_name FROM journey.mt_events WHERE stream_id = ANY(@c) ORDER BY version, stream_id", connection))
        {
            read.Parameters.AddWithValue("c", children);
            await using var reader = await read.ExecuteReaderAsync(cancellation);
            while (await reader.ReadAsync(cancellation))
                events.Add((reader.GetString(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }
        await using (var delete = new NpgsqlCommand($"DELETE FROM {EventHashSchema.HashesTable.QualifiedName} WHERE stream_id = ANY(@c)", connection))
        {
            delete.Parameters.AddWithValue("c", children);
            await delete.ExecuteNonQueryAsync(cancellation);
        }
        await chain(connection, events);
        var links = new List<string>();
        await using (var read = new NpgsqlCommand($"SELECT {LinkColumns} FROM {EventHashSchema.HashesTable.QualifiedName} WHERE stream_id = ANY(@c) ORDER BY stream_id, version", connection))
        {
            read.Parameters.AddWithValue("c", children);
            await using var reader = await read.ExecuteReaderAsync(cancellation);
            while (await reader.ReadAsync(cancellation)) links.Add(reader.GetString(0));
        }
        await transaction.RollbackAsync(cancellation);
        return links;
    }
}
