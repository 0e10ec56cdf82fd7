using Journey.Domain.Timescales;

namespace Journey.IntegrationTests.SqlFiles;

/// <summary>
/// The functions and view of src/Journey.Projections/Timeliness/*.sql called directly: clocks put into
/// measure_clocks, and the rows read back, as an analyst would read them.
/// </summary>
public sealed class TimelinessSqlTests(EmptyStore store) : IClassFixture<EmptyStore>
{
    private const string AsAt = "'2026-03-09T12:00:00Z'::timestamptz";

    /// <summary>Open, working days from Monday 2 March: five working days by Monday 9 March.</summary>
    private static readonly Clock Open = new("SQL-A", "assessment", TimescaleUnits.WorkingDays, 45, "2026-03-02T10:00:00Z", "2026-05-05");

    /// <summary>An hours clock stopped six hours late on 3 March, but recorded as stopped only on 10 March.</summary>
    private static readonly Clock RecordedLate = new("SQL-B", "contact-decision-24h", TimescaleUnits.Hours, 24, "2026-03-02T09:00:00Z", "2026-03-03")
    {
        DueAt = "2026-03-03T09:00:00Z",
        ActualAt = "2026-03-03T15:00:00Z",
        ActualRecordedAt = "2026-03-10T09:00:00Z",
    };

    private static readonly Clock StartsLater = new("SQL-C", "assessment", TimescaleUnits.WorkingDays, 45, "2026-03-20T10:00:00Z", "2026-05-22");
    private static readonly Clock InMonths = new("SQL-D", "first-review-conference", TimescaleUnits.Months, 3, "2026-03-02T14:00:00Z", "2026-06-02");

    /// <summary>Started on 3 March, but its start was recorded only on 12 March.</summary>
    private static readonly Clock StartRecordedLate = new("SQL-E", "assessment", TimescaleUnits.WorkingDays, 45, "2026-03-03T10:00:00Z", "2026-05-06")
    {
        StartRecordedAt = "2026-03-12T10:00:00Z",
    };

    private static readonly string AllClocks = Clock.Insert(Open, RecordedLate, StartsLater, InMonths, StartRecordedLate);

    private static Dictionary<string, (decimal Elapsed, string Status)> ByChild(List<Dictionary<string, object?>> rows) =>
        rows.ToDictionary(r => (string)r["child_id"]!, r => ((decimal)r["elapsed"]!, (string)r["status"]!));

    [Fact]
    public async Task Measures_at_as_occurred_counts_each_clock_in_its_unit_against_as_at_and_leaves_out_clocks_not_yet_started()
    {
        var rows = ByChild(await store.Rows(AllClocks, $"SELECT * FROM journey.measures_at({AsAt}, false)"));

        rows.ShouldBe(new Dictionary<string, (decimal, string)>
        {
            ["SQL-A"] = (5m, "open-in-time"),
            ["SQL-B"] = (30.00m, "late"),
            ["SQL-D"] = (7m, "open-in-time"),
            ["SQL-E"] = (4m, "open-in-time"),
        }, ignoreOrder: true);
    }

    [Fact]
    public async Task Measures_at_as_recorded_counts_only_what_had_been_recorded_by_as_at()
    {
        var rows = await store.Rows(AllClocks, $"SELECT * FROM journey.measures_at({AsAt}, true)");

        ByChild(rows).ShouldBe(new Dictionary<string, (decimal, string)>
        {
            ["SQL-A"] = (5m, "open-in-time"),
            ["SQL-B"] = (171.00m, "open-overdue"), // 7 days and 3 hours from the start, its stop not yet recorded
            ["SQL-D"] = (7m, "open-in-time"),
        }, ignoreOrder: true);
        rows.Single(r => (string)r["child_id"]! == "SQL-B")["actual_at"].ShouldBeNull();
    }

    [Fact]
    public async Task Measures_as_at_and_as_recorded_are_measures_at_as_occurred_and_as_recorded()
    {
        var asAt = await store.Rows(AllClocks, $"SELECT * FROM journey.measures_as_at({AsAt})");
        var asRecorded = await store.Rows(AllClocks, $"SELECT * FROM journey.measures_as_recorded({AsAt})");

        ByChild(asAt)["SQL-B"].ShouldBe((30.00m, "late"));
        ByChild(asRecorded)["SQL-B"].ShouldBe((171.00m, "open-overdue"));
        ByChild(asAt).Keys.ShouldBe(["SQL-A", "SQL-B", "SQL-D", "SQL-E"], ignoreOrder: true);
        ByChild(asRecorded).Keys.ShouldBe(["SQL-A", "SQL-B", "SQL-D"], ignoreOrder: true);
        asAt[0].Keys.ShouldNotContain("start_recorded_at");
    }

    [Fact]
    public async Task A_months_rows_are_measures_ats_rows_for_the_clocks_open_stopped_or_recorded_in_the_month_or_due_in_it()
    {
        var stoppedBefore = new Clock("SQL-F", "assessment", TimescaleUnits.WorkingDays, 45, "2025-11-03T10:00:00Z", "2026-01-07") { ActualAt = "2026-01-05T10:00:00Z" };
        var dueInMonth = new Clock("SQL-G", "assessment", TimescaleUnits.WorkingDays, 5, "2026-02-23T10:00:00Z", "2026-03-02") { ActualAt = "2026-02-25T10:00:00Z" };
        var recordedInMonth = new Clock("SQL-H", "assessment", TimescaleUnits.WorkingDays, 5, "2026-02-02T10:00:00Z", "2026-02-09")
        {
            ActualAt = "2026-02-05T10:00:00Z",
            ActualRecordedAt = "2026-03-05T10:00:00Z",
        };
        var clocks = Clock.Insert(Open, stoppedBefore, dueInMonth, recordedInMonth);
        const string march = "'2026-03-31T22:00:00Z'::timestamptz, false, '2026-03-01'::date, '2026-03-31'::date";

        var all = await store.Rows(clocks, "SELECT * FROM journey.measures_at('2026-03-31T22:00:00Z', false)");
        var month = await store.Rows(clocks, $"SELECT * FROM journey.measure_rows_for_month({march})");
        var planned = await store.Rows(clocks, $"SELECT * FROM journey.measures_at_for_month({march})");

        all.Select(r => r["child_id"]).ShouldBe(["SQL-A", "SQL-F", "SQL-G", "SQL-H"], ignoreOrder: true);
        month.Select(r => r["child_id"]).ShouldBe(["SQL-A", "SQL-G", "SQL-H"], ignoreOrder: true);
        foreach (var row in month)
            row.ShouldBe(all.Single(r => Equals(r["child_id"], row["child_id"])));
        planned.Count.ShouldBe(month.Count);
        foreach (var row in planned)
            row.ShouldBe(month.Single(r => Equals(r["child_id"], row["child_id"])));
    }

    [Fact]
    public async Task Elapsed_unit_names_each_units_elapsed_unit_as_the_domain_does()
    {
        var rows = await store.Rows("", $"SELECT u, journey.elapsed_unit(u) AS elapsed FROM unnest(ARRAY['{string.Join("','", TimescaleUnits.All)}']) u");

        rows.ToDictionary(r => (string)r["u"]!, r => (string?)r["elapsed"])
            .ShouldBe(TimescaleUnits.All.ToDictionary(u => u, u => (string?)TimescaleUnits.ElapsedUnit(u)));
    }

    [Fact]
    public async Task The_measures_view_reads_the_clocks_at_now_with_the_elapsed_unit_beside_elapsed()
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, london).DateTime);
        var noon = new DateTimeOffset(today.AddDays(-2).ToDateTime(new TimeOnly(12, 0)), london.GetUtcOffset(today.AddDays(-2).ToDateTime(new TimeOnly(12, 0))));
        var clock = new Clock("SQL-V", "first-review-conference", TimescaleUnits.Months, 3, noon.ToString("O"), today.AddMonths(3).ToString("yyyy-MM-dd"));

        var row = (await store.Rows(Clock.Insert(clock), "SELECT * FROM journey.measures WHERE child_id = 'SQL-V'")).Single();

        row["elapsed"].ShouldBe(2m);
        row["elapsed_unit"].ShouldBe("days");
        row["status"].ShouldBe("open-in-time");
    }
}
