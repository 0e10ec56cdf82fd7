using System.Globalization;

namespace Journey.IntegrationTests.SqlFiles;

/// <summary>
/// The chains' shared functions (Reference/rule_in_force.sql, Reference/due_by_rule.sql, Reviews/chain_status.sql) and a
/// chain's own (ChildInNeed/child_in_need_visits_as_at.sql and its next-due form) called directly over rows put in, at
/// their edges. Every chain is also held to the events that make its rows by its projection's tests.
/// </summary>
public sealed class ReviewChainsSqlTests(EmptyStore store) : IClassFixture<EmptyStore>
{
    /// <summary>Test measures: one rule in each unit and counting, and one whose rule changed on 1 March 2026.</summary>
    private const string Rules = """
        INSERT INTO journey.timescale_rules (rule_id, measure, unit, target, effective_from, basis, counting) VALUES
          ('sql-wd-0', 'sql-wd-0', 'working-days', 1, '2010-01-01', 'test', 'day-0'),
          ('sql-wd-1', 'sql-wd-1', 'working-days', 1, '2010-01-01', 'test', 'day-1'),
          ('sql-weeks-0', 'sql-weeks-0', 'weeks', 6, '2010-01-01', 'test', 'day-0'),
          ('sql-weeks-1', 'sql-weeks-1', 'weeks', 6, '2010-01-01', 'test', 'day-1'),
          ('sql-months-1', 'sql-months-1', 'months', 1, '2010-01-01', 'test', 'day-1'),
          ('sql-hours', 'sql-hours', 'hours', 24, '2010-01-01', 'test', NULL),
          ('sql-changed-old', 'sql-changed', 'weeks', 2, '2020-01-01', 'test', NULL),
          ('sql-changed-new', 'sql-changed', 'weeks', 3, '2026-03-01', 'test', NULL);
        """;

    private async Task<string> Due(string measure, string from, string ruleDate)
    {
        var row = (await store.Rows(Rules, $"SELECT due_date, rule_id FROM journey.due_by_rule('{measure}', '{from}', '{ruleDate}')")).SingleOrDefault();
        return row is null ? "no rule" : $"{Text(row["due_date"])} {row["rule_id"]}";
    }

    [Fact]
    public async Task The_rule_in_force_is_the_latest_to_take_effect_by_the_date()
    {
        (await store.Rows(Rules, "SELECT rule_id FROM journey.rule_in_force('sql-changed', '2026-02-28')")).Single()["rule_id"].ShouldBe("sql-changed-old");
        (await store.Rows(Rules, "SELECT rule_id FROM journey.rule_in_force('sql-changed', '2026-03-01')")).Single()["rule_id"].ShouldBe("sql-changed-new");
        (await store.Rows(Rules, "SELECT rule_id FROM journey.rule_in_force('sql-changed', '2019-12-31')")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Working_days_skip_weekends_and_bank_holidays_and_day_one_counts_the_from_date()
    {
        // Thursday 24 December 2026: Christmas Day and the Boxing Day substitute (Monday 28th) are not working days.
        (await Due("sql-wd-0", "2026-12-24", "2026-12-24")).ShouldBe("2026-12-29 sql-wd-0");
        // "Beginning with the day": one working day from a working day is that day, and from a Saturday the next working day.
        (await Due("sql-wd-1", "2026-12-24", "2026-12-24")).ShouldBe("2026-12-24 sql-wd-1");
        (await Due("sql-wd-1", "2026-12-26", "2026-12-26")).ShouldBe("2026-12-29 sql-wd-1");
    }

    [Fact]
    public async Task Weeks_and_months_end_a_day_earlier_when_the_from_date_is_the_first_day()
    {
        (await Due("sql-weeks-0", "2026-01-15", "2026-01-15")).ShouldBe("2026-02-26 sql-weeks-0");
        (await Due("sql-weeks-1", "2026-01-15", "2026-01-15")).ShouldBe("2026-02-25 sql-weeks-1");
        (await Due("sql-months-1", "2026-01-15", "2026-01-15")).ShouldBe("2026-02-14 sql-months-1");
        // A month on from 31 January has no 31st: the period ends on February's last day, not the day before it.
        (await Due("sql-months-1", "2026-01-31", "2026-01-31")).ShouldBe("2026-02-28 sql-months-1");
    }

    [Fact]
    public async Task The_rule_is_the_one_in_force_on_the_rule_date_and_an_hours_rule_gives_no_date()
    {
        (await Due("sql-changed", "2026-02-28", "2026-02-28")).ShouldBe("2026-03-14 sql-changed-old");
        (await Due("sql-changed", "2026-03-01", "2026-03-01")).ShouldBe("2026-03-22 sql-changed-new");
        (await Due("sql-changed", "2026-02-28", "2026-03-01")).ShouldBe("2026-03-21 sql-changed-new");
        (await Due("sql-hours", "2026-03-01", "2026-03-01")).ShouldBe("- sql-hours");
        (await Due("sql-changed", "2019-06-01", "2019-06-01")).ShouldBe("no rule");
    }

    [Theory]
    // Held on the due date's UK day (22:30 UTC is 23:30 in summer time) is met; 23:30 UTC is the next UK day, late.
    [InlineData("'2026-07-01'", "'2026-07-01T22:30:00Z'", "2026-07-02T12:00:00Z", "met")]
    [InlineData("'2026-07-01'", "'2026-07-01T23:30:00Z'", "2026-07-02T12:00:00Z", "late")]
    [InlineData("'2026-07-01'", "NULL", "2026-07-01T22:59:59Z", "open-in-time")]
    [InlineData("'2026-07-01'", "NULL", "2026-07-01T23:00:00Z", "open-overdue")]
    [InlineData("NULL", "NULL", "2026-07-01T12:00:00Z", "no-rule")]
    public async Task A_chain_rows_status_compares_the_uk_date_with_the_due_date(string due, string held, string asAt, string status)
    {
        var rows = await store.Rows("", $"SELECT journey.chain_status({due}::date, {held}::timestamptz, '{asAt}', 'no-rule') AS status");

        rows.Single()["status"].ShouldBe(status);
    }

    /// <summary>
    /// A child in need plan from Monday 5 January 2026, visits on 20 January (in time: 20 working days from the start fall
    /// on 2 February) and 10 March (late: due 17 February), the second recorded only on 1 April.
    /// </summary>
    private const string Visits = """
        INSERT INTO journey.child_in_need_plans (child_id, plan_number, started_at, started_recorded_at)
        VALUES ('SQL-V', 1, '2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z');
        INSERT INTO journey.child_in_need_visits (child_id, version, plan_number, held_at, recorded_at)
        VALUES ('SQL-V', 2, 1, '2026-01-20T10:00:00Z', '2026-01-20T12:00:00Z'), ('SQL-V', 3, 1, '2026-03-10T10:00:00Z', '2026-04-01T09:00:00Z');
        """;

    private async Task<string[]> Chain(string function, bool asRecorded) =>
        [.. (await store.Rows(Visits, $"""
            SELECT visit, due_date, held_at, status, due_from, rule_id FROM journey.{function}('2026-03-31T12:00:00Z', {asRecorded})
            WHERE child_id = 'SQL-V' ORDER BY visit
            """)).Select(r => string.Join('|', r.Values.Select(Text)))];

    /// <summary>A value as the expected rows write it: dates and instants as their (UTC) date, null as "-".</summary>
    private static string Text(object? value) => value switch
    {
        null => "-",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime instant => instant.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    [Fact]
    public async Task A_chain_numbers_each_visit_due_from_the_one_before_and_gives_the_next_due()
    {
        // The next is due 20 working days from 10 March, over Good Friday and Easter Monday.
        (await Chain("child_in_need_visits_as_at", false)).ShouldBe(
        [
            "1|2026-02-02|2026-01-20|met|2026-01-05|child-in-need-visit-20wd",
            "2|2026-02-17|2026-03-10|late|2026-01-20|child-in-need-visit-20wd",
            "3|2026-04-09|-|open-in-time|2026-03-10|child-in-need-visit-20wd",
        ]);
        (await Chain("child_in_need_visits_as_at_next_due", false)).ShouldBe(["3|2026-04-09|-|open-in-time|2026-03-10|child-in-need-visit-20wd"]);
    }

    [Fact]
    public async Task As_recorded_a_chain_knows_only_the_visits_recorded_by_then()
    {
        (await Chain("child_in_need_visits_as_at", true)).ShouldBe(
        [
            "1|2026-02-02|2026-01-20|met|2026-01-05|child-in-need-visit-20wd",
            "2|2026-02-17|-|open-overdue|2026-01-20|child-in-need-visit-20wd",
        ]);
    }
}
