using Journey.Api.Authorisation;
using Journey.IntegrationTests.Infrastructure;
using Journey.Projections.Roles;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Journey.IntegrationTests.Access.BirthdayClockChildren;

namespace Journey.IntegrationTests.Roles;

/// <summary>
/// What the analyst role reads of the clocks that run from birthdays (decision 63): in every analytics view and
/// function with measure rows, a birthday clock's row is its journey row with the pseudonym and with no start, due
/// date or elapsed time; no view or function shows the analyst a date that a child's date of birth gives; and the KPI
/// pack the analyst reads is the authority's, unchanged. The same through the API: AnalystBirthdayTests.
/// </summary>
public sealed class AnalystBirthdaySqlTests(JourneyHost host)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly string Birthday = string.Join(", ", PseudonymisedColumns.BirthdayMeasures.Select(m => $"'{m}'"));

    /// <summary>What each parameter of an analytics function is called with: now, as occurred, this month, November 2026.</summary>
    private static readonly Dictionary<string, string> Arguments = new()
    {
        ["as_at"] = "now()",
        ["as_recorded"] = "false",
        ["month_start"] = "date_trunc('month', now())::date",
        ["month_end"] = "(date_trunc('month', now()) + interval '1 month - 1 day')::date",
        ["report_month"] = "date '2026-11-01'",
        ["from_month"] = "date '2026-11-01'",
        ["to_month"] = "date '2026-11-01'",
        ["months"] = "ARRAY[date '2026-11-01']",
    };

    private string Pseudonym(string child) => host.Services.GetRequiredService<Pseudonyms>().Child(child);

    [Fact]
    public async Task Every_view_and_function_of_measure_rows_gives_a_birthday_clock_without_its_start_due_date_or_elapsed_time()
    {
        var children = await Record(host);
        // Measure rows with dates: the timescale rules have a measure and no dates.
        var sources = (await Sources("measure")).Where(s => s.Columns.Any(c => PseudonymisedColumns.BirthdayDated.Contains(PseudonymisedColumns.Key(c)))).ToList();
        sources.Select(s => s.Name).ShouldBe(
            ["measure_clocks", "measure_rows_for_month", "measures", "measures_as_at", "measures_as_recorded", "measures_at", "measures_at_for_month"],
            ignoreOrder: true);
        foreach (var (name, call, columns) in sources)
        {
            var dated = columns.Where(c => PseudonymisedColumns.BirthdayDated.Contains(PseudonymisedColumns.Key(c))).ToArray();
            dated.ShouldContain("start_date", name);
            dated.ShouldContain("due_date", name);
            var drop = string.Join(" - ", dated.Append("child_id").Select(c => $"'{c}'"));
            string Rows(string schema, string a, string b) => $"""
                SELECT r.child_id || ':' || r.measure || ':' || r.episode, (to_jsonb(r) - {drop})::text,
                       {string.Join(" AND ", dated.Select(c => $"r.{c} IS NULL"))}, r.start_date IS NOT NULL AND r.due_date IS NOT NULL
                FROM {schema}.{call} r WHERE r.child_id IN ('{a}', '{b}') AND r.measure IN ({Birthday})
                """;
            var journey = await Read(host.ConnectionString, Rows("journey", children.InCareAt16, children.CareLeaver));
            var analytics = await Read(host.AnalystConnectionString, Rows("analytics", Pseudonym(children.InCareAt16), Pseudonym(children.CareLeaver)));

            journey.ShouldNotBeEmpty(name);
            journey.ShouldAllBe(r => r.Dated, $"journey.{name} dates its birthday clocks");
            analytics.ShouldAllBe(r => r.Empty, $"analytics.{name} shows a birthday clock's start, due date or elapsed time");
            analytics.Select(r => $"{r.Key} {r.Rest}").Order().ShouldBe(
                journey.Select(r => $"{Pseudonym(r.Key.Split(':')[0])}{r.Key[r.Key.IndexOf(':')..]} {r.Rest}").Order(), name);
        }
    }

    [Fact]
    public async Task No_view_or_function_shows_the_analyst_role_a_date_that_a_childs_date_of_birth_gives()
    {
        var children = await Record(host);
        var shown = new List<string>();
        var sources = await Sources("child_id");
        sources.Count.ShouldBeGreaterThan(40);
        foreach (var (name, call, _) in sources)
        {
            foreach (var (child, born) in new[] { (children.InCareAt16, InCareAt16Born), (children.CareLeaver, CareLeaverBorn) })
            {
                var rows = await Read(host.AnalystConnectionString, $"SELECT r::text, '', false, false FROM analytics.{call} r WHERE r.child_id = '{Pseudonym(child)}'");
                shown.AddRange(from row in rows from date in DatesFrom(born) where row.Key.Contains(date, StringComparison.Ordinal) select $"analytics.{name}: {date} in {row.Key}");
            }
        }
        shown.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_KPI_pack_the_analyst_role_reads_is_the_authoritys_unchanged()
    {
        await Record(host);
        const string pack = "kpi_pack(date '2025-04-01', date '2026-11-01', false)";
        (await Read(host.AnalystConnectionString, $"SELECT count(*)::text, '', false, false FROM analytics.{pack}")).Single().Key.ShouldNotBe("0");
        // Both in one statement, so one snapshot: other tests record children meanwhile. The analytics function runs
        // with its owner's rights whoever calls it, so the owner's answer is the analyst's.
        var different = await Read(host.ConnectionString, $"""
            SELECT count(*)::text, '', false, false FROM (
              (SELECT * FROM analytics.{pack} EXCEPT ALL SELECT * FROM journey.{pack})
              UNION ALL
              (SELECT * FROM journey.{pack} EXCEPT ALL SELECT * FROM analytics.{pack})) d
            """);
        different.Single().Key.ShouldBe("0");
    }

    /// <summary>The analytics views and functions with a column <paramref name="column"/>, each with how to read it and its columns.</summary>
    private async Task<List<(string Name, string Call, string[] Columns)>> Sources(string column)
    {
        var sql = $"""
            SELECT c.relname::text, c.relname::text, array(SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 ORDER BY a.attnum)
            FROM pg_class c WHERE c.relnamespace = 'analytics'::regnamespace AND c.relkind = 'v'
            UNION ALL
            SELECT p.proname::text, p.proname || '(' || array_to_string(p.proargnames[1:p.pronargs], ',') || ')',
                   array(SELECT a.name FROM unnest(p.proargnames, p.proargmodes::text[]) a(name, mode) WHERE a.mode = 't')
            FROM pg_proc p WHERE p.pronamespace = 'analytics'::regnamespace
            """;
        var sources = new List<(string, string, string[])>();
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync(Cancel);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(Cancel);
        while (await reader.ReadAsync(Cancel))
        {
            var columns = reader.GetFieldValue<string[]>(2);
            if (!columns.Contains(column)) continue;
            var call = reader.GetString(1);
            // A function's parameters, each given the value its name asks for; a parameter of another name fails the test here.
            if (call.Contains('(', StringComparison.Ordinal))
            {
                var parameters = call[(call.IndexOf('(') + 1)..^1].Split(',', StringSplitOptions.RemoveEmptyEntries);
                call = call[..call.IndexOf('(')] + "(" + string.Join(", ", parameters.Select(p => Arguments[p])) + ")";
            }
            sources.Add((reader.GetString(0), call, columns));
        }
        return sources;
    }

    private sealed record Row(string Key, string Rest, bool Empty, bool Dated);

    private static async Task<List<Row>> Read(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Cancel);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(Cancel);
        var rows = new List<Row>();
        while (await reader.ReadAsync(Cancel)) rows.Add(new Row(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), reader.GetBoolean(3)));
        return rows;
    }
}
