using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.IntegrationTests.Infrastructure;
using Npgsql;

namespace Journey.IntegrationTests.Measures;

/// <summary>
/// Looked-after visits (CPPCR 2010 reg 28), chained per placement: within 1 week of the placement's
/// start, then at most 6 weeks apart, or 3 months after the first year of a long-term placement.
/// Week and month due dates are calendar dates, not moved off weekends or bank holidays.
/// </summary>
public sealed class LookedAfterVisitChainTests(JourneyHost host)
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);
    private static ContactReceived Contact(string at) => new(1, At(at), "6", "c", ConsentStatus.NotRequired, null, false);
    private static LookedAfterVisitMade Seen(string at) => new(1, At(at), true, false);

    [Fact]
    public async Task Visits_chain_over_christmas_restart_with_a_new_placement_and_follow_corrections_and_withdrawals()
    {
        var child = JourneyApi.NewChildId();
        var firstVisit = Seen("2026-12-24T10:00:00Z");
        var secondVisit = Seen("2027-02-05T10:00:00Z");
        await Append(child,
            Contact("2026-12-01T09:00:00Z"),                                                   // v1
            new EnteredCare(1, At("2026-12-18T10:00:00Z"), "C2", false, false),               // v2
            new PlacementStarted(1, 1, At("2026-12-18T12:00:00Z"), "U6", null, false, null),  // v3: Friday; first visit due Friday 25 December
            firstVisit,                                                                        // v4: met; next due 24 December + 42 days = 4 February
            new LookedAfterVisitMade(1, At("2027-01-20T10:00:00Z"), false, false),            // v5: not seen: does not count
            secondVisit);                                                                      // v6: late; next due 5 February + 42 days = 19 March
        var analyst = host.ClientFor("analyst.kim");
        async Task<string[]> Chain(string asAt) => (await analyst.GetArray($"/api/looked-after/visits?childId={child}&asAt={asAt}"))
            .Select(r => $"{r!["placementNumber"]}.{r["visit"]}:{r["dueDate"]}:{r["status"]}").ToArray();

        // Christmas Day is a bank holiday: the week's due date is not moved off it.
        (await Chain("2026-12-25")).ShouldBe(["1.1:2026-12-25:met", "1.2:2027-02-04:open-in-time"]);
        (await Chain("2027-02-10")).ShouldBe(["1.1:2026-12-25:met", "1.2:2027-02-04:late", "1.3:2027-03-19:open-in-time"]);

        // A new placement ends the first placement's chain and starts its own: the first visit due a week on.
        await Append(child, new PlacementStarted(2, 1, At("2027-03-01T10:00:00Z"), "U6", null, false, "CARPL"));
        (await Chain("2027-03-09")).ShouldBe(["1.1:2026-12-25:met", "1.2:2027-02-04:late", "2.1:2027-03-08:open-overdue"]);

        // Corrected to the day before it was due, the second visit is met.
        await Append(child, new EventCorrected(6, secondVisit, secondVisit with { OccurredAt = At("2027-02-03T10:00:00Z") }, "Date mistyped", DateTimeOffset.UtcNow));
        (await Chain("2027-02-10")).ShouldBe(["1.1:2026-12-25:met", "1.2:2027-02-04:met", "1.3:2027-03-17:open-in-time"]);

        // Withdrawn, the Christmas Eve visit no longer counts: the February visit was the first, and late.
        await Append(child, new EventWithdrawn(4, firstVisit, "Recorded on the wrong child", DateTimeOffset.UtcNow));
        (await Chain("2027-02-10")).ShouldBe(["1.1:2026-12-25:late", "1.2:2027-03-17:open-in-time"]);

        // Leaving care ends the second placement's chain too.
        await Append(child, new LeftCare(1, At("2027-03-05T10:00:00Z"), "E13"));
        (await Chain("2027-03-09")).ShouldBe(["1.1:2026-12-25:late"]);
    }

    [Theory]
    // Placed in long-term fostering on Monday 6 January 2025: the first year ends on 6 January 2026.
    [InlineData("U4", "2026-01-05T15:00:00Z", "2026-02-16")] // the day before: 6 weeks still
    [InlineData("U4", "2026-01-06T09:00:00Z", "2026-04-06")] // on the anniversary: 3 months
    [InlineData("U6", "2026-01-06T09:00:00Z", "2026-02-17")] // not long-term: 6 weeks after the first year too
    public async Task After_the_first_year_a_long_term_placement_is_visited_every_three_months(string type, string visitedAt, string nextDue)
    {
        var child = JourneyApi.NewChildId();
        await Append(child, Contact("2025-01-02T09:00:00Z"),
            new EnteredCare(1, At("2025-01-06T09:00:00Z"), "C2", true, false),
            new PlacementStarted(1, 1, At("2025-01-06T10:00:00Z"), type, null, false, null),
            Seen("2025-01-10T10:00:00Z"),
            Seen(visitedAt));

        var rows = await host.ClientFor("analyst.kim").GetArray($"/api/looked-after/visits?childId={child}&asAt=2026-01-20");

        rows.Select(r => $"{r!["visit"]}:{r["dueDate"]}:{r["status"]}")
            .ShouldBe(["1:2025-01-13:met", "2:2025-02-21:late", $"3:{nextDue}:open-in-time"]);
        rows[0]!["longTerm"]!.GetValue<bool>().ShouldBe(type == "U4");
    }

    [Fact]
    public async Task The_first_year_counts_from_when_the_child_began_living_with_the_same_carer()
    {
        var child = JourneyApi.NewChildId();
        await Append(child, Contact("2025-01-02T09:00:00Z"),
            new EnteredCare(1, At("2025-01-06T09:00:00Z"), "C2", true, false),
            new PlacementStarted(1, 1, At("2025-01-06T10:00:00Z"), "U6", null, false, null),
            // Confirmed as long-term fostering with the same carer: a change of status only.
            new PlacementStarted(2, 1, At("2025-09-01T10:00:00Z"), "U4", null, false, "PLACE"),
            Seen("2025-09-05T10:00:00Z"),   // first visit of placement 2, due 8 September: met
            Seen("2026-01-06T09:00:00Z"));  // a year with this carer: next due 3 months on

        var rows = await host.ClientFor("analyst.kim").GetArray($"/api/looked-after/visits?childId={child}&asAt=2026-01-20");

        rows.Where(r => r!["placementNumber"]!.GetValue<int>() == 2).Select(r => $"{r!["visit"]}:{r["dueDate"]}:{r["status"]}")
            .ShouldBe(["1:2025-09-08:met", "2:2025-10-17:late", "3:2026-04-06:open-in-time"]);
    }

    [Fact]
    public async Task Each_interval_is_the_rule_in_force_on_the_day_it_runs_from()
    {
        // A rule change from Monday 3 March 2031 (4 weeks instead of 6), added for this test only.
        await Sql("INSERT INTO journey.timescale_rules VALUES ('test-visit-4w', 'looked-after-visit', 'weeks', 4, '2031-03-03', 'test')");
        try
        {
            var child = JourneyApi.NewChildId();
            await Append(child, Contact("2031-01-02T09:00:00Z"),
                new EnteredCare(1, At("2031-01-06T09:00:00Z"), "C2", true, false),
                new PlacementStarted(1, 1, At("2031-01-06T10:00:00Z"), "U6", null, false, null),
                Seen("2031-01-10T10:00:00Z"),   // met (due 13 January); next due 10 January + 6 weeks = 21 February
                Seen("2031-03-02T10:00:00Z"),   // late; runs from the day before the change: 6 weeks, due 13 April
                Seen("2031-03-03T10:00:00Z"));  // met; runs from the day of the change: 4 weeks, due 31 March

            var rows = await host.ClientFor("analyst.kim").GetArray($"/api/looked-after/visits?childId={child}&asAt=2031-03-10");

            rows.Select(r => $"{r!["visit"]}:{r["dueDate"]}:{r["status"]}")
                .ShouldBe(["1:2031-01-13:met", "2:2031-02-21:late", "3:2031-04-13:met", "4:2031-03-31:open-in-time"]);
        }
        finally
        {
            await Sql("DELETE FROM journey.timescale_rules WHERE rule_id = 'test-visit-4w'");
        }
    }

    [Fact]
    public async Task The_visits_come_as_csv_with_the_sql_column_names()
    {
        var child = JourneyApi.NewChildId();
        await Append(child, Contact("2026-06-01T09:00:00Z"),
            new EnteredCare(1, At("2026-06-01T10:00:00Z"), "V2", false, false),
            new PlacementStarted(1, 1, At("2026-06-01T12:00:00Z"), "U4", null, false, null));

        var response = await host.ClientFor("analyst.kim").GetAsync($"/api/looked-after/visits.csv?childId={child}&asAt=2026-06-02",
            TestContext.Current.CancellationToken);
        var csv = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        csv.ShouldBe("child_id,care_episode_number,placement_number,placement_type,long_term,visit,due_date,visited_at,status,team,worker,"
                     + "due_from,rule_id,chain,episode,ordinal,occurred_at,elapsed,elapsed_unit\r\n" +
                     $"{child},1,1,U4,true,1,2026-06-08,,open-in-time,,,2026-06-01,looked-after-visit-first-1w,looked-after-visit,1,1,,1,days\r\n");
        var refused = await host.ClientFor("analyst.kim").GetAsync("/api/looked-after/visits?status=overdue", TestContext.Current.CancellationToken);
        ((int)refused.StatusCode).ShouldBe(400);
    }

    private async Task Sql(string sql)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private async Task Append(string child, params IJourneyEvent[] events)
    {
        await using var session = host.Store.LightweightSession();
        session.Events.Append(child, events.Cast<object>().ToArray());
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
