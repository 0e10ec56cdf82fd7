using System.Text.RegularExpressions;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Docs;

/// <summary>Every worked query in docs/analytics.md runs against the schema as it stands.</summary>
public sealed partial class AnalyticsQueriesTests(JourneyHost host)
{
    [GeneratedRegex("```sql\n(.+?)\n```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();

    public static TheoryData<string> Queries => new(SqlBlock()
        .Matches(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "analytics.md")))
        .SelectMany(m => m.Groups[1].Value.Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .Select(q => q.TrimEnd(';')));

    [Theory, MemberData(nameof(Queries))]
    public async Task The_worked_query_runs(string query)
    {
        await using var connection = host.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new Npgsql.NpgsqlCommand(query, connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken)) { }
    }
}
