using System.Globalization;
using Journey.Domain.Timescales;
using Journey.IntegrationTests.Infrastructure;
using Journey.Projections.Kpis;
using Npgsql;

namespace Journey.IntegrationTests.Kpis;

/// <summary>
/// The KPI months kept (decisions 142 to 145): after late, corrected and withdrawn steps and allocations, the pack read
/// from the kept months is the pack worked out afresh, for every month, view and team; and counts worked out from a
/// snapshot taken before a step committed are not read as fresh after it.
/// </summary>
public sealed class KeptKpiMonthsTests : IAsyncLifetime
{
    private const string Decision = "contact-decision-24h";
    private static readonly string[] Teams = ["Kept Team North", "Kept Team South", "Kept Team East"];
    private readonly JourneyHost _host = new() { DemoJourneys = false };
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        await _host.InitializeAsync();
        _client = _host.ClientWithTeams("tm.priya.shah", [.. Teams, "MASH"], "team-manager");
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static DateOnly ThisMonth => new(UkTime.DateOf(DateTimeOffset.UtcNow).Year, UkTime.DateOf(DateTimeOffset.UtcNow).Month, 1);

    [Fact]
    public async Task Random_late_corrected_and_withdrawn_steps_and_allocations_leave_the_kept_pack_equal_to_a_full_recompute()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("JOURNEY_KEPT_KPI_SEED"), out var given) ? given : Random.Shared.Next();
        TestContext.Current.TestOutputHelper?.WriteLine($"JOURNEY_KEPT_KPI_SEED={seed}");
        var random = new Random(seed);
        var first = ThisMonth.AddMonths(-8);
        var children = new List<Child>();
        for (var i = 0; i < 6; i++) children.Add(await NewChild(random, first));
        await ShouldMatch(first, seed, "the children first recorded");

        for (var step = 0; step < 30; step++)
        {
            var action = random.Next(4);
            var child = children[random.Next(children.Count)];
            var done = action switch
            {
                0 => await Add(children, await NewChild(random, first)),
                1 => await CorrectDecision(child, random),
                2 => await Withdraw(child, random),
                _ => await Allocate(child, random),
            };
            // Part of the pack through the API too, so months are kept at different times, one view and team at a time.
            var from = first.AddMonths(random.Next(9));
            var team = random.Next(2) == 0 ? null : Teams[random.Next(Teams.Length)];
            var url = $"/api/kpi-pack?from={Month(from)}&to={Month(ThisMonth)}&asRecorded={random.Next(2) == 0}" + (team is null ? "" : $"&team={team}");
            (await _client.GetAsync(url, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
            await ShouldMatch(first, seed, $"step {step}: {done}");
        }
    }

    [Fact]
    public async Task A_late_step_for_a_month_already_kept_gives_that_months_new_figures()
    {
        var month = ThisMonth.AddMonths(-6);
        var received = new DateTimeOffset(month.AddDays(9).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        await Contact(JourneyApi.NewChildId(), received, received.AddHours(2));
        var before = await Decisions(month);
        (await Sql.Scalar<long>(_host.ConnectionString, $"SELECT count(*) FROM {KpiKeptSchema.MonthsTableName.QualifiedName} WHERE month = '{month:yyyy-MM-dd}' AND NOT as_recorded",
            TestContext.Current.CancellationToken)).ShouldBe(1L, "the month is kept once read");

        // Recorded today, six months late: a contact decided after 30 hours, in that month.
        await Contact(JourneyApi.NewChildId(), received.AddDays(1), received.AddDays(1).AddHours(30));
        var after = await Decisions(month);

        after.ShouldBe((before.Met, before.Counted + 1));
    }

    [Fact]
    public async Task Counts_worked_out_from_a_snapshot_before_a_step_committed_are_not_read_as_fresh_after_it()
    {
        var month = ThisMonth.AddMonths(-4);
        var received = new DateTimeOffset(month.AddDays(3).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        await Contact(JourneyApi.NewChildId(), received, received.AddHours(3));
        var cancellation = TestContext.Current.CancellationToken;

        // A request reads the month's counts and its snapshot...
        string counted, snapshot;
        await using (var reader = new NpgsqlConnection(_host.ConnectionString))
        {
            await reader.OpenAsync(cancellation);
            await using var command = new NpgsqlCommand($"""
                SELECT ARRAY(SELECT c FROM {KpiSchema.MonthCountsFunction}(ARRAY['{month:yyyy-MM-dd}']::date[], false) c)::text, pg_current_snapshot()::text
                """, reader);
            await using var row = await command.ExecuteReaderAsync(cancellation);
            await row.ReadAsync(cancellation);
            (counted, snapshot) = (row.GetString(0), row.GetString(1));
        }

        // ...a late step for that month commits, and only then does the request keep what it read.
        await Contact(JourneyApi.NewChildId(), received.AddHours(1), received.AddHours(40));
        await Sql.Execute(_host.ConnectionString,
            $"SELECT {KpiKeptSchema.KeepFunction}(ARRAY['{month:yyyy-MM-dd}']::date[], false, '{counted}'::{KpiKeptSchema.CountsTableName.QualifiedName}[], '{snapshot}'::pg_snapshot)",
            cancellation);
        (await Sql.Scalar<long>(_host.ConnectionString, $"SELECT count(*) FROM {KpiKeptSchema.MonthsTableName.QualifiedName} WHERE snapshot::text = '{snapshot}'",
            cancellation)).ShouldBe(1L, "the month is kept from the older snapshot");

        (await Pack(KpiKeptSchema.PackKeptFunction, month, month, false)).ShouldBe(await Pack(KpiSchema.PackFunction, month, month, false));
        (await Decisions(month)).ShouldBe((1L, 2L));
    }

    [Fact]
    public async Task Requests_keeping_the_same_months_at_once_neither_fail_nor_keep_a_month_twice()
    {
        var month = ThisMonth.AddMonths(-3);
        var received = new DateTimeOffset(month.AddDays(5).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        await Contact(JourneyApi.NewChildId(), received, received.AddHours(5));

        var fresh = await Pack(KpiSchema.PackFunction, month.AddMonths(-2), ThisMonth, true);
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Pack(KpiKeptSchema.PackKeptFunction, month.AddMonths(-2), ThisMonth, true)));

        answers.ShouldAllBe(a => a.SequenceEqual(fresh));
        (await Sql.Scalar<long>(_host.ConnectionString, $"""
            SELECT count(*) - count(DISTINCT (month, as_recorded, kpi_id, team)) FROM {KpiKeptSchema.CountsTableName.QualifiedName}
            """, TestContext.Current.CancellationToken)).ShouldBe(0L);
    }

    [Fact]
    public async Task Emptying_a_table_the_pack_reads_as_a_rebuild_does_leaves_no_month_kept_as_fresh()
    {
        var month = ThisMonth.AddMonths(-5);
        var received = new DateTimeOffset(month.AddDays(2).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        var child = JourneyApi.NewChildId();
        await Contact(child, received, received.AddHours(4));
        await _client.RecordOk(child, "allocations", new { allocatedAt = received.AddDays(2), team = Teams[0], worker = "Sam Taylor" });
        var before = await Pack(KpiKeptSchema.PackKeptFunction, month, ThisMonth, false);

        await Sql.Execute(_host.ConnectionString, "TRUNCATE journey.allocations", TestContext.Current.CancellationToken);

        var fresh = await Pack(KpiSchema.PackFunction, month, ThisMonth, false);
        fresh.ShouldNotBe(before, "the team's rows go with its allocation");
        (await Pack(KpiKeptSchema.PackKeptFunction, month, ThisMonth, false)).ShouldBe(fresh);
    }

    [Fact]
    public async Task A_changed_rulebook_leaves_no_month_kept_as_fresh_and_an_unchanged_one_leaves_them_kept()
    {
        var month = ThisMonth.AddMonths(-2);
        var received = new DateTimeOffset(month.AddDays(4).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        await Contact(JourneyApi.NewChildId(), received, received.AddHours(4));
        var cancellation = TestContext.Current.CancellationToken;
        var fresh = $"""
            SELECT count(*) FROM {KpiKeptSchema.MonthsTableName.QualifiedName} k
            WHERE NOT EXISTS (SELECT 1 FROM {KpiKeptSchema.MarksTableName.QualifiedName} x
                              WHERE x.from_month <= k.month AND NOT pg_visible_in_snapshot(x.xid, k.snapshot))
            """;
        // What the schema holds once every projection has written (Marten makes a projection's objects when first used).
        await Sql.Execute(_host.ConnectionString, $"SELECT {KpiKeptSchema.NoteReferenceFunction}()", cancellation);
        await Pack(KpiKeptSchema.PackKeptFunction, month, ThisMonth, false);
        var kept = await Sql.Scalar<long>(_host.ConnectionString, fresh, cancellation);
        kept.ShouldBeGreaterThan(0L);

        // Start-up writes the same reference data again: nothing kept is marked.
        await Sql.Execute(_host.ConnectionString, $"SELECT {KpiKeptSchema.NoteReferenceFunction}()", cancellation);
        (await Sql.Scalar<long>(_host.ConnectionString, fresh, cancellation)).ShouldBe(kept);

        // A rule set with another target for a rule: every month kept is marked.
        await Sql.Execute(_host.ConnectionString, $"""
            UPDATE journey.timescale_rules SET target = target + 1 WHERE rule_id = (SELECT min(rule_id) FROM journey.timescale_rules);
            SELECT {KpiKeptSchema.NoteReferenceFunction}();
            """, cancellation);
        (await Sql.Scalar<long>(_host.ConnectionString, fresh, cancellation)).ShouldBe(0L);
    }

    [Fact]
    public async Task The_tables_watched_are_the_projection_tables_the_packs_functions_read_and_each_has_its_triggers()
    {
        var cancellation = TestContext.Current.CancellationToken;
        // Every journey table named in kpi_month_counts' SQL or in that of any journey function it names, and so on.
        var read = await Sql.Scalar<string[]>(_host.ConnectionString, """
            WITH RECURSIVE reached(name) AS (
              SELECT 'kpi_month_counts'::text COLLATE "C"
              UNION
              SELECT m[1] FROM reached r
              JOIN pg_proc p ON p.proname = r.name AND p.pronamespace = 'journey'::regnamespace
              CROSS JOIN LATERAL regexp_matches(p.prosrc, 'journey\.([a-z_0-9]+)', 'g') m
            )
            SELECT array_agg(c.relname::text ORDER BY c.relname) FROM reached r
            JOIN pg_class c ON c.relname = r.name AND c.relnamespace = 'journey'::regnamespace AND c.relkind = 'r'
            WHERE c.relname NOT IN ('calendar_days', 'timescale_rules', 'kpi_kept_counts')
            """, cancellation);
        read.ShouldBe(KpiKeptMarks.WatchedTables.Order(StringComparer.Ordinal).ToArray());

        var triggers = await Sql.Scalar<long>(_host.ConnectionString, """
            SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
            WHERE c.relnamespace = 'journey'::regnamespace AND t.tgname IN (c.relname || '_kpi_mark', c.relname || '_kpi_mark_all')
            """, cancellation);
        triggers.ShouldBe(2L * KpiKeptMarks.WatchedTables.Count);
    }

    private sealed record Child(string Id, DateTimeOffset Received, DateTimeOffset Referred)
    {
        public List<long> Allocations { get; } = [];
        public long Versions { get; set; }
        public DateTimeOffset LastAllocated { get; set; } = Referred;
        public DateTimeOffset Decided { get; set; }
    }

    /// <summary>A contact in a random month of the range, decided within 1 to 60 hours, referred and perhaps allocated: recorded now, late.</summary>
    private async Task<Child> NewChild(Random random, DateOnly first)
    {
        var days = (UkTime.DateOf(DateTimeOffset.UtcNow).DayNumber - first.DayNumber) - 4;
        var received = new DateTimeOffset(first.AddDays(random.Next(days)).ToDateTime(new TimeOnly(8 + random.Next(8), 0)), TimeSpan.Zero);
        var child = new Child(JourneyApi.NewChildId(), received, received.AddHours(70));
        child.Decided = received.AddHours(1 + random.Next(60));
        await Contact(child.Id, received, child.Decided, referredAt: child.Referred);
        child.Versions = 3;
        if (random.Next(2) == 0) await Allocate(child, random);
        return child;
    }

    private static Task<string> Add(List<Child> children, Child child)
    {
        children.Add(child);
        return Task.FromResult($"a new child, received {child.Received:O}");
    }

    /// <summary>
    /// The front door's decision (version 2) corrected to another time between the contact and the referral: never the
    /// time it stands at, which the service refuses as a correction that changes nothing.
    /// </summary>
    private async Task<string> CorrectDecision(Child child, Random random)
    {
        var decision = (await _client.Timeline(child.Id)).Single(e => e!["version"]!.GetValue<long>() == 2)!;
        var replacement = decision["data"]!.DeepClone().AsObject();
        var standing = (int)(child.Decided - child.Received).TotalHours;
        var hours = 1 + random.Next(59);
        if (hours >= standing) hours++;
        var decided = child.Received.AddHours(hours);
        replacement["occurredAt"] = decided;
        await _client.RecordOk(child.Id, "corrections", new { version = 2L, reason = "Decided at another time", replacement });
        child.Decided = decided;
        child.Versions++;
        return $"{child.Id}'s decision corrected to {decided:O}";
    }

    /// <summary>The child's latest allocation withdrawn, or its referral when it has none left.</summary>
    private async Task<string> Withdraw(Child child, Random random)
    {
        if (child.Allocations.Count == 0) return await CorrectDecision(child, random);
        var version = child.Allocations[^1];
        child.Allocations.RemoveAt(child.Allocations.Count - 1);
        await _client.RecordOk(child.Id, "withdrawals", new { version, reason = "Allocated in error" });
        child.Versions++;
        return $"{child.Id}'s allocation (version {version}) withdrawn";
    }

    /// <summary>An allocation to a random team, some days after the referral or the last allocation, never after now.</summary>
    private async Task<string> Allocate(Child child, Random random)
    {
        var at = child.LastAllocated.AddDays(random.Next(1, 20));
        if (at > DateTimeOffset.UtcNow.AddHours(-1)) return await CorrectDecision(child, random);
        child.LastAllocated = at;
        var team = Teams[random.Next(Teams.Length)];
        await _client.RecordOk(child.Id, "allocations", new { allocatedAt = at, team, worker = "Sam Taylor" });
        child.Versions++;
        child.Allocations.Add(child.Versions);
        return $"{child.Id} allocated to {team} at {at:O}";
    }

    private async Task Contact(string child, DateTimeOffset received, DateTimeOffset decided, DateTimeOffset? referredAt = null)
    {
        await _client.RecordOk(child, "contacts", new { receivedAt = received, source = "2A", concerns = "c", consent = "Given" });
        await _client.RecordOk(child, "front-door-decisions", new { decidedAt = decided, outcome = "ReferralForAssessment", rationale = "r", decidedBy = "m" });
        await _client.RecordOk(child, "referrals", new { acceptedAt = referredAt ?? decided.AddMinutes(5) });
    }

    /// <summary>The decisions KPI for the authority in a month, through the API (as occurred): met and counted.</summary>
    private async Task<(long Met, long Counted)> Decisions(DateOnly month)
    {
        var pack = await (await _client.GetAsync($"/api/kpi-pack?from={Month(month)}&to={Month(month)}", TestContext.Current.CancellationToken)).ReadJson();
        var figures = pack["kpis"]!.AsArray().Single(k => k!["kpiId"]!.GetValue<string>() == Decision)!["months"]!.AsArray().Single()!;
        return (figures["numerator"]!.GetValue<long>(), figures["denominator"]!.GetValue<long>());
    }

    /// <summary>Every month from <paramref name="first"/> to this one, both views, every team: kept as worked out afresh.</summary>
    private async Task ShouldMatch(DateOnly first, int seed, string after)
    {
        foreach (var asRecorded in new[] { false, true })
        {
            var fresh = await Pack(KpiSchema.PackFunction, first, ThisMonth, asRecorded);
            var kept = await Pack(KpiKeptSchema.PackKeptFunction, first, ThisMonth, asRecorded);
            kept.ShouldBe(fresh, $"seed {seed} (JOURNEY_KEPT_KPI_SEED), {(asRecorded ? "as recorded" : "as occurred")}, after {after}");
        }
    }

    private async Task<List<string>> Pack(string function, DateOnly from, DateOnly to, bool asRecorded)
    {
        await using var connection = new NpgsqlConnection(_host.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand($"SELECT p::text FROM {function}(@from, @to, @as_recorded) p", connection);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
        command.Parameters.AddWithValue("as_recorded", asRecorded);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken)) rows.Add(reader.GetString(0));
        return rows;
    }

    private static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
