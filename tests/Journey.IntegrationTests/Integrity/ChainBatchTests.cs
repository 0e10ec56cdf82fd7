using Journey.IntegrationTests.Infrastructure;
using Journey.Projections.Integrity;
using Npgsql;
using static Journey.IntegrationTests.Integrity.ChainFixtures;

namespace Journey.IntegrationTests.Integrity;

/// <summary>
/// A batch of events is chained by one statement, journey.chain_events, and its links are the links
/// journey.chain_event gives called once per event, in the same order, from the same rows: through its set
/// form, journey.chain_events_set (from four events), and through one chain_event each (fewer).
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
        var onePerEvent = await ChainedAgain(children, OnePerEvent);
        var oneStatement = await ChainedAgain(children, async (connection, events) => (await ChainBatch(connection, events)).ShouldBe(8));
        var inSets = await ChainedAgain(children, async (connection, events) => (await ChainBatch(connection, events, EventHashSchema.ChainSetFunction)).ShouldBe(8));

        oneStatement.Count.ShouldBe(8);
        oneStatement.ShouldBe(onePerEvent);
        inSets.ShouldBe(onePerEvent);
        // Made again outside the appending transaction, the links are sealed, with the same hashes as when appended.
        oneStatement.Select(Hashes).ShouldBe(appended);
    }

    [Fact]
    public async Task A_batch_naming_versions_already_chained_changes_nothing()
    {
        var child = await RecordCorrectedJourney(_worker);
        var before = await Rows(Db, $"SELECT {LinkColumns}, chained_at FROM {EventHashSchema.HashesTable.QualifiedName} WHERE stream_id = @c ORDER BY version", ("c", child));

        var chained = await Rows(Db, $"SELECT {EventHashSchema.ChainBatchFunction}(ARRAY[@c, @c], ARRAY[1, 4]::bigint[], ARRAY['someone', NULL])", ("c", child));
        var inSets = await Rows(Db, $"SELECT {EventHashSchema.ChainSetFunction}(ARRAY[@c, @c], ARRAY[1, 4]::bigint[], ARRAY['someone', NULL])", ("c", child));

        chained.ShouldBe(["0"]);
        inSets.ShouldBe(["0"]);
        (await Rows(Db, $"SELECT {LinkColumns}, chained_at FROM {EventHashSchema.HashesTable.QualifiedName} WHERE stream_id = @c ORDER BY version", ("c", child)))
            .ShouldBe(before);
    }

    private static async Task OnePerEvent(NpgsqlConnection connection, List<(string Child, long Version, string? By)> events)
    {
        foreach (var (child, version, by) in events)
        {
            await using var command = new NpgsqlCommand($"SELECT {EventHashSchema.ChainFunction}(@c, @v, @by)", connection);
            command.Parameters.AddWithValue("c", child);
            command.Parameters.AddWithValue("v", version);
            command.Parameters.AddWithValue("by", (object?)by ?? DBNull.Value);
            await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
        }
    }

    private static Task OneStatement(NpgsqlConnection connection, List<(string Child, long Version, string? By)> events) => ChainBatch(connection, events);

    private static Task InSets(NpgsqlConnection connection, List<(string Child, long Version, string? By)> events) =>
        ChainBatch(connection, events, EventHashSchema.ChainSetFunction);

    /// <summary>journey.chain_events (or the function named) called once for the whole batch: how many links it made.</summary>
    private static async Task<int> ChainBatch(NpgsqlConnection connection, List<(string Child, long Version, string? By)> events, string? function = null)
    {
        await using var command = new NpgsqlCommand($"SELECT {function ?? EventHashSchema.ChainBatchFunction}(@c, @v, @by)", connection);
        command.Parameters.AddWithValue("c", events.Select(e => e.Child).ToArray());
        command.Parameters.AddWithValue("v", events.Select(e => e.Version).ToArray());
        command.Parameters.AddWithValue("by", events.Select(e => e.By).ToArray());
        return (int)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    /// <summary>
    /// The edges of what chain_event does, each met by a batch: a child with no link sealed from version 1 before the
    /// version named; versions at or below the highest link left alone while later ones are chained on; a gap left as
    /// a gap (verification reports it); versions named out of order; an event that is not stored. Each batch is chained
    /// by the set form itself and by chain_events, which takes the set form or one chain_event each by the batch's size.
    /// </summary>
    [Theory]
    [InlineData("sealed first", 1L, new long[] { 4 }, new long[] { 4 })]
    [InlineData("history, then the rest", 1L, new long[] { 3 }, new long[] { 3, 4 })]
    [InlineData("some already chained", 3L, new long[] { 1, 2, 3, 4 }, new long[] { 2, 3, 4 })]
    [InlineData("a gap left", 3L, new long[] { 4 }, new long[] { 4 })]
    [InlineData("out of order", 1L, new long[] { 4, 2 }, new long[] { 2, 4 })]
    [InlineData("one not stored", 3L, new long[] { 3, 9 }, new long[] { 9 })]
    public async Task A_batch_chains_as_one_call_per_event_does_at_every_edge(string edge, long deletedFrom, long[] firstChild, long[] secondChild)
    {
        var first = await RecordCorrectedJourney(_worker);
        var second = await RecordCorrectedJourney(_worker);
        List<(string, long, string?)> Pick(List<(string Child, long Version, string? By)> events) =>
        [
            .. firstChild.Select(v => (first, v, (string?)"auditor.one")),
            .. secondChild.Select(v => (second, v, events.FirstOrDefault(e => e.Child == second && e.Version == v).By ?? "auditor.two")),
        ];

        var onePerEvent = await ChainedAgain([first, second], deletedFrom, Pick, OnePerEvent);
        var oneStatement = await ChainedAgain([first, second], deletedFrom, Pick, OneStatement);
        var inSets = await ChainedAgain([first, second], deletedFrom, Pick, InSets);

        oneStatement.ShouldBe(onePerEvent, edge);
        inSets.ShouldBe(onePerEvent, edge);
        oneStatement.ShouldNotBeEmpty(edge);
    }

    /// <summary>A link's child, version, previous hash and hash.</summary>
    private static string Hashes(string link) => link.Split('|') is var parts ? string.Join('|', parts[0], parts[1], parts[6], parts[7]) : link;

    /// <summary>The children's links deleted and made again by <paramref name="chain"/>, read, then rolled back.</summary>
    private Task<List<string>> ChainedAgain(string[] children, Func<NpgsqlConnection, List<(string Child, long Version, string? By)>, Task> chain) =>
        ChainedAgain(children, 1, events => events, chain);

    /// <summary>
    /// The children's links from version <paramref name="deletedFrom"/> on deleted, the batch <paramref name="pick"/> chooses
    /// from their events (in version order) chained by <paramref name="chain"/>, the links read (or the error raised), then
    /// rolled back.
    /// </summary>
    private async Task<List<string>> ChainedAgain(string[] children, long deletedFrom, Func<List<(string Child, long Version, string? By)>, List<(string Child, long Version, string? By)>> pick,
        Func<NpgsqlConnection, List<(string Child, long Version, string? By)>, Task> chain)
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
        await using (var delete = new NpgsqlCommand($"DELETE FROM {EventHashSchema.HashesTable.QualifiedName} WHERE stream_id = ANY(@c) AND version >= @from", connection))
        {
            delete.Parameters.AddWithValue("c", children);
            delete.Parameters.AddWithValue("from", deletedFrom);
            await delete.ExecuteNonQueryAsync(cancellation);
        }
        try
        {
            await chain(connection, pick(events));
        }
        catch (PostgresException refused)
        {
            return [$"{refused.SqlState}: {refused.MessageText}"];
        }
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
