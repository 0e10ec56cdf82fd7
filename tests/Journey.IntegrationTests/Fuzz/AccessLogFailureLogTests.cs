using Journey.IntegrationTests.Access;
using Journey.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Journey.IntegrationTests.Fuzz;

/// <summary>
/// A read refused because its access-log row could not be written is logged for operators by route template and
/// failure kind: never the path, which names the child, nor the database's message, which can quote the row refused
/// (decision 70). On the Kestrel host, whose log the tests read.
/// </summary>
[Collection(KestrelJourneyHost.Collection)]
public sealed class AccessLogFailureLogTests(KestrelJourneyHost fixture)
{
    private JourneyHost Host => fixture.Host;

    [Fact]
    public async Task A_read_refused_for_want_of_its_log_row_is_logged_without_the_child()
    {
        var worker = Host.ClientFor("sw.log.failure");
        var (child, _, _) = await AccessLogRows.Siblings(worker);
        // The failure quotes the child, as a constraint's message quotes the row it refused.
        var trigger = $"refuse_{child.Replace("-", "_").ToLowerInvariant()}";
        await Sql($"""
            CREATE FUNCTION journey.{trigger}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no log row for {child}'; END; $$;
            CREATE TRIGGER {trigger} BEFORE INSERT ON journey.access_log FOR EACH ROW WHEN (NEW.child_ids @> ARRAY['{child}']) EXECUTE FUNCTION journey.{trigger}();
            """);
        var mark = Host.Log!.Count;
        try
        {
            var response = await worker.GetAsync($"/api/children/{child}/timeline", TestContext.Current.CancellationToken);
            ((int)response.StatusCode).ShouldBe(503);
        }
        finally
        {
            await Sql($"DROP TRIGGER {trigger} ON journey.access_log; DROP FUNCTION journey.{trigger}();");
        }

        // The service's own log; ASP.NET Core's request lines (which carry the path) are kept at Warning by appsettings.json.
        var entries = Host.Log.Since(mark).Where(e => e.Category.StartsWith("Journey", StringComparison.Ordinal)).ToList();
        entries.Where(e => e.ToString().Contains(child, StringComparison.Ordinal)).ShouldBeEmpty();
        entries.ShouldContain(e => e.Level == LogLevel.Error && e.Message.Contains("/api/children/{childId}/timeline", StringComparison.Ordinal)
                                   && e.Message.Contains("PostgresException P0001", StringComparison.Ordinal),
            string.Join("\n", entries.Where(e => e.Level >= LogLevel.Warning)));
    }

    // DDL: as the schema's owner (the service's role may run none, decision 58).
    private Task Sql(string sql) => Infrastructure.Sql.Execute(Host.ConnectionString, sql, TestContext.Current.CancellationToken);
}
