using System.Text.Json.Nodes;
using Journey.Domain.FrontDoor;
using Journey.Domain.LookedAfter;
using Journey.Domain.Protection;
using Journey.Domain.Supervision;
using Journey.IntegrationTests.Infrastructure;
using Npgsql;

namespace Journey.IntegrationTests.Measures;

/// <summary>
/// Every chain's rows have one shape, whatever each chain also calls its fields: the chain, episode,
/// ordinal, the date the interval runs from, due date, when it happened, status, rule and the time
/// elapsed with its unit (decisions 106 and 107).
/// </summary>
public sealed class ChainShapeTests(JourneyHost host)
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);
    private readonly HttpClient _auditor = host.ClientFor("auditor.ann", "auditor");

    public static readonly string[] ChainEndpoints =
    [
        "protection-plans/visits", "protection-plans/reviews", "child-in-need-plans/visits", "pre-proceedings/meetings",
        "pathway-plans/reviews", "personal-advisers/contacts", "looked-after/reviews", "looked-after/visits",
        "looked-after/health-reviews", "supervisions",
    ];

    private static readonly string[] Shape =
        ["chain", "childId", "episode", "ordinal", "dueFrom", "dueDate", "occurredAt", "status", "ruleId", "elapsed", "elapsedUnit"];

    /// <summary>
    /// A protection plan from Monday 2 March 2026 with a visit on Tuesday 10 March and a supervision on
    /// Friday 20 March; in care and placed from Monday 16 March, visited on Friday 20 March.
    /// </summary>
    private async Task<string> Journey()
    {
        var child = JourneyApi.NewChildId();
        await using var session = host.Store.LightweightSession();
        session.Events.Append(child,
            new ContactReceived(1, At("2026-02-02T09:00:00Z"), "6", "c", ConsentStatus.NotRequired, null, false),
            new ProtectionPlanStarted(1, 1, At("2026-03-02T14:00:00Z"), "NEG"),
            new ProtectionVisitMade(1, At("2026-03-10T10:00:00Z"), true, false),
            new EnteredCare(1, At("2026-03-16T10:00:00Z"), "C2", false, false),
            new PlacementStarted(1, 1, At("2026-03-16T10:00:00Z"), "U1", null, false, null),
            new SupervisionHeld(At("2026-03-20T10:00:00Z"), "tm.jo"),
            new LookedAfterVisitMade(1, At("2026-03-20T11:00:00Z"), true, false));
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
        return child;
    }

    private async Task<JsonObject[]> Rows(string endpoint, string child) =>
        (await _auditor.GetArray($"/api/{endpoint}?childId={child}&asAt=2026-03-31")).Select(r => r!.AsObject()).ToArray();

    private static string Common(JsonObject row) => string.Join("|", Shape.Skip(2).Select(f => row[f]?.ToString() ?? ""));

    [Fact]
    public async Task Every_chain_row_has_the_same_fields()
    {
        var child = await Journey();
        var rows = 0;
        foreach (var endpoint in ChainEndpoints)
            foreach (var row in await Rows(endpoint, child))
            {
                foreach (var field in Shape) row.ContainsKey(field).ShouldBeTrue($"{endpoint} has no {field}: {row.ToJsonString()}");
                rows++;
            }
        rows.ShouldBeGreaterThan(6);
    }

    [Fact]
    public async Task A_chain_row_says_when_it_happened_what_it_ran_from_and_the_time_elapsed_in_its_rules_unit()
    {
        var child = await Journey();

        // Since April 2018 a protection visit is due within 10 working days: Mon 2 to Tue 10 March is 6.
        (await Rows("protection-plans/visits", child)).Select(Common).ShouldBe([
            "1|1|2026-03-02|2026-03-16|2026-03-10T10:00:00+00:00|met|protection-visit-10wd|6|working-days",
            "1|2|2026-03-10|2026-03-24||open-overdue|protection-visit-10wd|15|working-days"]);
        // Supervision is due every 4 weeks on a plan, counted in days; the row names its rule and the date it ran from.
        var supervision = (await Rows("supervisions", child)).Where(r => r["kind"]!.GetValue<string>() == "protection").ToArray();
        supervision.Select(r => r["chain"]!.GetValue<string>()).Distinct().ShouldBe(["protection-supervision"]);
        supervision.Select(Common).ShouldBe([
            "1|1|2026-03-02|2026-03-30|2026-03-20T10:00:00+00:00|met|protection-supervision-4w|18|days",
            "1|2|2026-03-20|2026-04-17||open-in-time|protection-supervision-4w|11|days"]);
        // The first looked-after visit within 1 week of the placement, then every 6 weeks; the older visitedAt stays beside occurredAt.
        var visits = await Rows("looked-after/visits", child);
        visits.Select(Common).ShouldBe([
            "1|1|2026-03-16|2026-03-23|2026-03-20T11:00:00+00:00|met|looked-after-visit-first-1w|4|days",
            "1|2|2026-03-20|2026-05-01||open-in-time|looked-after-visit-6w|11|days"]);
        visits[0]["visitedAt"]!.ToString().ShouldBe(visits[0]["occurredAt"]!.ToString());
        // A review conference due in 3 months: elapsed in days, as a measure set in months is.
        (await Rows("protection-plans/reviews", child)).Select(Common).ShouldBe([
            "1|1|2026-03-02|2026-06-02||open-in-time|first-review-conference-3m|29|days"]);
    }

    [Fact]
    public async Task Supervision_chains_in_sql_name_the_date_each_ran_from_and_its_rule_as_the_other_chains_do()
    {
        var child = await Journey();
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT string_agg(concat_ws('|', kind, supervision, due_from, rule_id), ',' ORDER BY kind, supervision)
            FROM journey.supervisions_as_at('2026-03-31 23:59 Europe/London') WHERE child_id = @c
            """, connection);
        command.Parameters.AddWithValue("c", child);
        (await command.ExecuteScalarAsync(TestContext.Current.CancellationToken)).ShouldBe(
            "looked-after|1|2026-03-16|looked-after-supervision-8w,looked-after|2|2026-03-20|looked-after-supervision-8w,"
            + "protection|1|2026-03-02|protection-supervision-4w,protection|2|2026-03-20|protection-supervision-4w");
    }
}
