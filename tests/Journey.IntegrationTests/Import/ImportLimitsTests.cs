using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Journey.Api.Import;
using Journey.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Journey.IntegrationTests.Import;

/// <summary>
/// What keeps one import from hurting the service (decisions 72 and 73): a line longer than a recording body is
/// reported by number and skipped unread, the report lists the first 1,000 problems and counts the rest, and a
/// line the database refuses is reported in plain words, without the command's SQL or what the line recorded.
/// </summary>
public sealed class ImportLimitsTests(JourneyHost host)
{
    private static string Contact(string childId, string concerns = "c") => JsonSerializer.Serialize(new
    {
        childId,
        type = "ContactReceived",
        occurredAt = "2025-03-03T09:00:00Z",
        recordedAt = "2025-03-03T10:00:00Z",
        recordedBy = "legacy.worker",
        data = new { source = "2A", concerns, consent = "Given" },
    });

    /// <summary>A contact line padded with spaces after its opening brace (which change nothing) to exactly <paramref name="bytes"/> bytes.</summary>
    private static string ContactOf(string childId, int bytes)
    {
        var line = Contact(childId);
        var padded = "{" + new string(' ', bytes - line.Length) + line[1..];
        Encoding.UTF8.GetByteCount(padded).ShouldBe(bytes);
        return padded;
    }

    private static string Violations(JsonNode? problem) =>
        string.Join(";", problem!["violations"]!.AsArray().Select(v => $"{v!["field"]}:{v["rule"]}"));

    [Fact]
    public async Task A_line_one_byte_over_the_limit_is_reported_by_number_and_skipped_and_a_line_at_the_limit_is_stored()
    {
        var run = $"IML{Guid.NewGuid().ToString("N")[..6]}";
        var limit = ImportLimits.DefaultMaxLineBytes;

        var report = await host.Import([Contact($"{run}-1"), ContactOf($"{run}-2", limit), ContactOf($"{run}-3", limit + 1), Contact($"{run}-4")]);

        report["linesRead"]!.GetValue<int>().ShouldBe(4);
        report["stored"]!.GetValue<int>().ShouldBe(3);
        var problem = report["problems"]!.AsArray().Single()!;
        problem["line"]!.GetValue<int>().ShouldBe(3);
        Violations(problem).ShouldBe("line:max-line-length");
        problem["childId"].ShouldBeNull("a line skipped unread names no child");
        var auditor = host.ClientFor("auditor", "auditor");
        (await auditor.Timeline($"{run}-2")).Count.ShouldBe(1);
        (await auditor.Timeline($"{run}-3")).ShouldBeEmpty();
        (await auditor.Timeline($"{run}-4")).Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_report_lists_the_first_thousand_problems_and_counts_the_rest()
    {
        var lines = Enumerable.Repeat("{not json", ImportLimits.DefaultMaxProblemsListed + 1).ToList();

        var report = await host.Import(lines);

        report["refused"]!.GetValue<int>().ShouldBe(1001);
        var listed = report["problems"]!.AsArray();
        listed.Count.ShouldBe(1000);
        listed.Select(p => p!["line"]!.GetValue<int>()).ShouldBe(Enumerable.Range(1, 1000));
        report["problemsNotListed"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task A_line_the_database_refuses_is_reported_by_number_in_plain_words_without_its_sql_or_values_on_both_paths()
    {
        var run = $"IMF{Guid.NewGuid().ToString("N")[..6]}";
        var (refused, bulkRefused) = ($"{run}-refused", $"{run}-bulk");
        const string concerns = "Distinctive concerns 7f3a9";
        var cancellation = TestContext.Current.CancellationToken;
        // The database refuses the import ledger's row of these two children: a failure no rule of the journey foresees.
        await Sql($"""
            CREATE FUNCTION journey.{run}_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$;
            CREATE TRIGGER {run}_refuse BEFORE INSERT ON journey.imported_lines FOR EACH ROW
              WHEN (NEW.child_id IN ('{refused}', '{bulkRefused}')) EXECUTE FUNCTION journey.{run}_refuse();
            """);
        try
        {
            var report = await host.Import([Contact($"{run}-1"), Contact(refused, concerns), Contact($"{run}-3")]);

            report["stored"]!.GetValue<int>().ShouldBe(2);
            var problem = report["problems"]!.AsArray().Single()!;
            problem["line"]!.GetValue<int>().ShouldBe(2);
            Violations(problem).ShouldBe("line:stored");
            Plain(problem["violations"]![0]!["message"]!.GetValue<string>(), 2);
            (await host.ClientFor("auditor", "auditor").Timeline(refused)).ShouldBeEmpty();

            // The bulk path (the import command's --bulk) reports the same, and the log says only what kind of failure it was.
            var log = new ListLogger<BulkImporter>();
            var bulk = await new BulkImporter(host.Store, TimeProvider.System, log: log)
                .Import(new StringReader(Contact(bulkRefused, concerns) + "\n"), "test.importer", new BulkOptions(Workers: 1), cancellation);
            Plain(bulk.Problems.Single().Violations.Single().Message, 1);
            var logged = log.Messages.Single();
            logged.ShouldContain("PostgresException P0001");
            logged.ShouldNotContain("refused by the test");
            logged.ShouldNotContain(concerns);
            logged.ShouldNotContain("imported_lines");
        }
        finally
        {
            await Sql($"DROP TRIGGER {run}_refuse ON journey.imported_lines; DROP FUNCTION journey.{run}_refuse();");
        }

        static void Plain(string message, int line)
        {
            message.ShouldStartWith($"Line {line} could not be stored");
            message.ShouldContain("import the file again");
            foreach (var leak in new[] { "insert", "select", "journey.", "imported_lines", "mt_events", "refused by the test", concerns, "P0001" })
                message.ShouldNotContain(leak, Case.Insensitive);
        }
    }

    private async Task Sql(string sql)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private sealed class ListLogger<T> : ILogger<T>
    {
        public List<string> Messages { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception) + (exception is null ? "" : "\n" + exception));
    }
}
