using Journey.Domain.Journeys;
using Journey.IntegrationTests.Infrastructure;
using Npgsql;

namespace Journey.IntegrationTests.Daemon;

/// <summary>
/// What the tests of projections that write in sets share: the same journeys appended to new children in one session,
/// and to other new children one session per event, and a child's rows read back as text to compare.
/// </summary>
public static class BatchAppends
{
    /// <summary>Appends <paramref name="journey"/>(i) to each of <paramref name="count"/> children both ways; returns the children.</summary>
    public static async Task<(string[] Together, string[] Apart)> TogetherAndApart(DaemonHost host, int count, Func<int, IJourneyEvent[]> journey)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var together = Enumerable.Range(0, count).Select(_ => JourneyApi.NewChildId()).ToArray();
        var apart = Enumerable.Range(0, count).Select(_ => JourneyApi.NewChildId()).ToArray();

        await using (var session = host.Store.LightweightSession())
        {
            for (var i = 0; i < together.Length; i++) session.Events.StartStream(together[i], journey(i));
            await session.SaveChangesAsync(cancellation);
        }
        for (var i = 0; i < apart.Length; i++)
        {
            foreach (var step in journey(i))
            {
                await using var session = host.Store.LightweightSession();
                session.Events.Append(apart[i], step);
                await session.SaveChangesAsync(cancellation);
            }
        }
        return (together, apart);
    }

    /// <summary>
    /// Appends <paramref name="journey"/>(i) to each of <paramref name="count"/> new children in two sessions: its first
    /// <paramref name="storedFirst"/> steps, then the rest, so that the second changes rows the first stored.
    /// </summary>
    public static async Task<string[]> InTwoSessions(DaemonHost host, int count, Func<int, IJourneyEvent[]> journey, int storedFirst)
    {
        var children = Enumerable.Range(0, count).Select(_ => JourneyApi.NewChildId()).ToArray();
        foreach (var (skip, take) in new[] { (0, storedFirst), (storedFirst, int.MaxValue) })
        {
            await using var session = host.Store.LightweightSession();
            for (var i = 0; i < children.Length; i++) session.Events.Append(children[i], journey(i).Skip(skip).Take(take).ToArray());
            await session.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        return children;
    }

    /// <summary>The rows <paramref name="select"/> gives for the child named @c, each as its columns joined by '|' ('-' for null).</summary>
    public static async Task<List<string>> Rows(DaemonHost host, string child, string select)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(select, connection);
        command.Parameters.AddWithValue("c", child);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "-" : Convert.ToString(reader.GetValue(i)))));
        return rows;
    }
}
