using Journey.Domain.Timescales;

namespace Journey.IntegrationTests.SqlFiles;

/// <summary>
/// The KPI pack's functions of src/Journey.Projections/Kpis/*.sql called directly over rows put in: the months of a
/// range, what each KPI counts of the clocks with the team, worker and family at month end, the month's counts, the
/// pack valued from counts, and the kept months' marks. KeptKpiMonthsTests holds kpi_keep, kpi_pack_kept and
/// kpi_kept_note_reference to a recompute over a real store.
/// </summary>
public sealed class KpisSqlTests(EmptyStore store) : IClassFixture<EmptyStore>
{
    [Fact]
    public async Task Pack_months_are_the_first_days_of_each_month_from_one_to_the_other()
    {
        var months = await store.Rows("", "SELECT unnest(journey.kpi_pack_months('2025-11-15', '2026-01-31')) AS m");
        var none = await store.Rows("", "SELECT cardinality(journey.kpi_pack_months('2026-02-01', '2026-01-31')) AS n");

        months.Select(r => r["m"]).ShouldBe([new DateOnly(2025, 11, 1), new DateOnly(2025, 12, 1), new DateOnly(2026, 1, 1)]);
        none.Single()["n"].ShouldBe(0);
    }

    /// <summary>
    /// January 2026: A's assessment authorised in time and B's late, both stopped in the month; C's open at month end and
    /// not yet due; D's stopped in December though due in January. A is allocated to a team; B is in a family.
    /// </summary>
    private static readonly string Assessments = Clock.Insert(
        new Clock("SQL-A", "assessment", TimescaleUnits.WorkingDays, 45, "2025-11-10T10:00:00Z", "2026-01-14") { ActualAt = "2026-01-12T10:00:00Z" },
        new Clock("SQL-B", "assessment", TimescaleUnits.WorkingDays, 45, "2025-11-03T10:00:00Z", "2026-01-07") { ActualAt = "2026-01-20T10:00:00Z" },
        new Clock("SQL-C", "assessment", TimescaleUnits.WorkingDays, 45, "2026-01-05T10:00:00Z", "2026-03-09"),
        new Clock("SQL-D", "assessment", TimescaleUnits.WorkingDays, 45, "2025-11-05T10:00:00Z", "2026-01-09") { ActualAt = "2025-12-10T10:00:00Z" }) + """
        INSERT INTO journey.allocations (child_id, version, team, worker, allocated_at)
        VALUES ('SQL-A', 2, 'Team A', 'sw.old', '2025-11-10T10:00:00Z'), ('SQL-A', 3, 'Team A', 'sw.a', '2026-01-02T10:00:00Z'),
               ('SQL-A', 4, 'Team Z', 'sw.after', '2026-02-02T10:00:00Z');
        INSERT INTO journey.family_members (child_id, link_version, family_id, linked_at)
        VALUES ('SQL-B', 2, 'FAM-1', '2025-10-01T10:00:00Z');
        """;

    [Fact]
    public async Task Children_of_months_lists_what_each_kpi_counted_with_the_team_worker_and_family_at_month_end()
    {
        var rows = await store.Rows(Assessments, """
            SELECT kpi_id, child_id, episode, team, worker, family_id, met
            FROM journey.kpi_children_of_months(ARRAY['2026-01-01']::date[], false)
            WHERE kpi_id IN ('assessment-45wd', 'open-assessments-in-time') ORDER BY kpi_id, child_id
            """);

        rows.Select(r => string.Join('|', r.Values.Select(v => v ?? "-"))).ShouldBe(
        [
            "assessment-45wd|SQL-A|1|Team A|sw.a|child:SQL-A|True",
            "assessment-45wd|SQL-B|1|-|-|FAM-1|False",
            "open-assessments-in-time|SQL-C|1|-|-|child:SQL-C|True",
        ]);
    }

    [Fact]
    public async Task Month_counts_count_each_kpis_rows_and_families_for_the_authority_and_each_team()
    {
        var rows = await store.Rows(Assessments, """
            SELECT team, rows_counted, rows_met, families, families_met
            FROM journey.kpi_month_counts(ARRAY['2026-01-01']::date[], false)
            WHERE kpi_id = 'assessment-45wd' ORDER BY team NULLS FIRST
            """);

        rows.Select(r => string.Join('|', r.Values.Select(v => v ?? "-"))).ShouldBe(["-|2|1|2|1", "Team A|1|1|1|1", "unallocated|1|0|1|0"]);
    }

    /// <summary>
    /// A test KPI, higher better, green from 90 and amber from 75, England at 85: the authority's January at 80 (amber,
    /// worse than England, 10 down on December, the three months before averaging 80), and Team A's at exactly 75 (amber
    /// at the edge), with no count before January (no value, so no change and no average).
    /// </summary>
    [Fact]
    public async Task Pack_of_counts_values_each_kpi_with_change_average_comparators_direction_and_rag()
    {
        const string kpi = """
            INSERT INTO journey.kpis (kpi_id, position, number, title, frequency, service_area, better, unit, green_from, amber_from, basis)
            VALUES ('sql-test', 999, 'T1', 'Test', 'monthly', 'Test', 'higher', 'percent', 90, 75, 'test');
            INSERT INTO journey.kpi_comparators (kpi_id, comparator, effective_from, value, source) VALUES ('sql-test', 'england', '2025-01-01', 85, 'test');
            """;
        static string Counts(string month, string? team, int counted, int met) =>
            $"ROW('{month}'::date, false, 'sql-test', {(team is null ? "NULL" : $"'{team}'")}, {counted}, {met}, {counted}, {met})::journey.kpi_kept_counts";
        var counts = string.Join(", ", Counts("2025-10-01", null, 10, 7), Counts("2025-11-01", null, 10, 8), Counts("2025-12-01", null, 10, 9),
            Counts("2026-01-01", null, 10, 8), Counts("2026-01-01", "Team A", 4, 3));

        var rows = await store.Rows(kpi, $"""
            SELECT team, month::text, numerator, denominator, value, change_from_last_month, previous_three_month_average, england,
                   direction_vs_england, rag, family_value
            FROM journey.kpi_pack_of_counts('2026-01-01', '2026-01-31', ARRAY[{counts}]) WHERE kpi_id = 'sql-test'
            """);

        rows.Select(r => string.Join('|', r.Values.Select(v => v ?? "-"))).ShouldBe(
        [
            "-|2026-01-01|8|10|80.0|-10.0|80.0|85|worse|amber|80.0",
            "Team A|2026-01-01|3|4|75.0|-|-|85|worse|amber|75.0",
        ]);
    }

    /// <summary>
    /// A transaction's first mark writes its row; a later month leaves it; an earlier one moves it back to that month's
    /// first day; a mark with no date reaches every month.
    /// </summary>
    [Fact]
    public async Task Mark_from_keeps_the_earliest_month_a_transaction_changed()
    {
        const string read = "SELECT from_month::text AS m FROM journey.kpi_kept_marks WHERE xid = pg_current_xact_id()";

        var marked = await store.Rows("""
            SELECT journey.kpi_mark_from('2026-03-15'); SELECT journey.kpi_mark_from('2026-05-01'); SELECT journey.kpi_mark_from('2026-01-20');
            """, read);
        var everything = await store.Rows("SELECT journey.kpi_mark_from('2026-03-15'); SELECT journey.kpi_mark_from(NULL);", read);

        marked.Single()["m"].ShouldBe("2026-01-01");
        everything.Single()["m"].ShouldBe("-infinity");
    }
}
