using System.Text.RegularExpressions;
using Journey.IntegrationTests.Infrastructure;
using Journey.Projections.Roles;

namespace Journey.IntegrationTests.Docs;

/// <summary>
/// Every worked query in docs/analytics.md runs against the schema as it stands: those on the analytics schema as
/// the analyst role, the others as the schema owner and again as the analyst on analytics in place of journey
/// (decision 58), unless they read what analysts are not given (names, the audit trail, the events).
/// </summary>
public sealed partial class AnalyticsQueriesTests(JourneyHost host)
{
    [GeneratedRegex("```sql\n(.+?)\n```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();

    [GeneratedRegex(@"\b(event_hashes|access_log|mt_\w+|imported_lines|verify|seal)\b")]
    private static partial Regex NotForAnalysts();

    [GeneratedRegex(@"\b(\w+)\b")]
    private static partial Regex Word();

    public static TheoryData<string> Queries => new(All());

    /// <summary>The journey queries an analyst can ask too: none reading a name, the audit trail or the events.</summary>
    public static TheoryData<string> AnalystQueries => new(All()
        .Where(q => q.Contains("journey.", StringComparison.Ordinal) && !NotForAnalysts().IsMatch(q)
                    && !Word().Matches(q).Any(m => PseudonymisedColumns.Withheld.Contains(PseudonymisedColumns.Key(m.Groups[1].Value))))
        .Select(q => q.Replace("journey.", "analytics.", StringComparison.Ordinal)));

    private static IEnumerable<string> All() => SqlBlock()
        .Matches(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "analytics.md")))
        .SelectMany(m => m.Groups[1].Value.Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .Select(q => q.TrimEnd(';'));

    [Theory, MemberData(nameof(Queries))]
    public async Task The_worked_query_runs(string query) =>
        await Run(query.Contains("analytics.", StringComparison.Ordinal) ? host.AnalystConnectionString : host.ConnectionString, query);

    [Theory, MemberData(nameof(AnalystQueries))]
    public Task The_worked_query_runs_for_an_analyst_on_the_analytics_schema(string query) => Run(host.AnalystConnectionString, query);

    private static async Task Run(string connectionString, string query)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new Npgsql.NpgsqlCommand(query, connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken)) { }
    }
}
