using System.Text.Json.Nodes;
using Journey.Domain.Children;
using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.LeavingCare;
using Journey.Domain.LookedAfter;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Measures;

/// <summary>
/// The clocks that run from birthdays: a personal adviser allocated by the 18th birthday, and the
/// leaving-care needs assessment within 3 months of the 16th birthday (or of entering care after it).
/// </summary>
public sealed class AgeClockTests(JourneyHost host)
{
    private const string Adviser = "personal-adviser-allocated";
    private const string Needs = "leaving-care-needs-assessment";

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);
    private static DateOnly Day(string iso) => DateOnly.Parse(iso);

    private static ContactReceived Contact(string at) => new(1, At(at), "6", "c", ConsentStatus.NotRequired, null, false);
    private static ChildDetailsRecorded Born(string dateOfBirth, string at = "2024-01-10T10:00:00Z") => new(At(at), Day(dateOfBirth), null, "F", "WBRI");

    [Fact]
    public async Task Due_on_the_birthday_and_3_months_after_it_not_moved_off_a_bank_holiday_or_a_weekend()
    {
        var child = JourneyApi.NewChildId();
        // Born on Boxing Day 2009: 16 on Friday 26 December 2025 (a bank holiday), 18 on Sunday 26 December 2027.
        await Append(child,
            Contact("2024-01-08T09:00:00Z"),
            Born("2009-12-26"),
            new EnteredCare(1, At("2024-05-01T12:00:00+01:00"), "C2", false, false));

        // Before the 16th birthday nothing is owed yet.
        (await Clocks(child, "2025-12-25")).ShouldBeEmpty();
        // Needs assessment: 3 calendar months from 26 December 2025 is Thursday 26 March 2026.
        (await Clocks(child, "2026-03-26")).ShouldBe([$"{Needs}:1:2025-12-26:2026-03-26:open-in-time", $"{Adviser}:1:2025-12-26:2027-12-26:open-in-time"]);
        (await Clocks(child, "2026-03-27")).ShouldContain($"{Needs}:1:2025-12-26:2026-03-26:open-overdue");

        // Assessed on the due date itself: met. The adviser on Monday 27 December 2027, the day after
        // the 18th birthday fell on a Sunday: late, as the birthday is not moved to a working day.
        await Append(child, new LeavingCareNeedsAssessed(At("2026-03-26T16:00:00Z")), new PersonalAdviserAllocated(At("2027-12-27T10:00:00Z"), "Alex Morgan"));
        (await Clocks(child, "2028-01-31")).ShouldBe([$"{Needs}:1:2025-12-26:2026-03-26:met", $"{Adviser}:1:2025-12-26:2027-12-26:late"]);
    }

    [Fact]
    public async Task A_29_February_birthday_falls_on_28_February_in_a_year_without_one()
    {
        var child = JourneyApi.NewChildId();
        // 16 on Thursday 29 February 2024 (a leap year); 18 in 2026, which has no 29 February: Saturday 28 February.
        await Append(child, Contact("2023-05-01T09:00:00Z"), Born("2008-02-29", "2023-05-02T10:00:00Z"),
            new EnteredCare(1, At("2023-06-01T12:00:00+01:00"), "C2", false, false),
            new PersonalAdviserAllocated(At("2026-02-28T11:00:00Z"), "Alex Morgan"));

        (await Clocks(child, "2026-03-31")).ShouldBe([$"{Needs}:1:2024-02-29:2024-05-29:open-overdue", $"{Adviser}:1:2024-02-29:2026-02-28:met"]);
        (await AgeInYears("2008-02-29", "2026-02-27")).ShouldBe(17);
        (await AgeInYears("2008-02-29", "2026-02-28")).ShouldBe(18);
        (await AgeInYears("2008-02-29", "2024-02-29")).ShouldBe(16);
        (await AgeInYears("2008-02-29", "2008-02-28")).ShouldBeNull();
    }

    [Fact]
    public async Task Entering_care_after_16_starts_the_clocks_then_and_only_that_periods_steps_count()
    {
        var child = JourneyApi.NewChildId();
        // 16 on 10 June 2025. In care from 12 to 15 (assessed then), home at 16, back in care on 15 September 2025.
        await Append(child, Contact("2021-01-04T09:00:00Z"), Born("2009-06-10", "2021-01-05T10:00:00Z"),
            new EnteredCare(1, At("2021-06-01T12:00:00+01:00"), "V2", false, false),
            new LeavingCareNeedsAssessed(At("2024-09-02T12:00:00+01:00")),
            new LeftCare(1, At("2025-03-03T12:00:00Z"), "E11"));
        (await Clocks(child, "2025-09-01")).ShouldBeEmpty();

        await Append(child, new EnteredCare(2, At("2025-09-15T12:00:00+01:00"), "V2", false, false));
        // Due 3 months after entering care (15 December 2025); the adviser still by the 18th birthday.
        (await Clocks(child, "2025-12-16")).ShouldBe([$"{Needs}:2:2025-09-15:2025-12-15:open-overdue", $"{Adviser}:2:2025-09-15:2027-06-10:open-in-time"]);
    }

    [Fact]
    public async Task A_corrected_date_of_birth_moves_the_due_dates_and_a_withdrawn_one_removes_the_clocks()
    {
        var child = JourneyApi.NewChildId();
        var born = Born("2009-12-26");
        await Append(child, Contact("2024-01-08T09:00:00Z"), born, new EnteredCare(1, At("2024-05-01T12:00:00+01:00"), "C2", false, false),
            new LeavingCareNeedsAssessed(At("2026-04-20T10:00:00+01:00")));
        (await Clocks(child, "2026-05-01")).ShouldContain($"{Needs}:1:2025-12-26:2026-03-26:late");

        // v2 corrected: born a month later, so 16 on 26 January 2026 and the assessment (20 April) is in time.
        await Append(child, new EventCorrected(2, born, born with { DateOfBirth = Day("2010-01-26") }, "Date of birth from the birth certificate", DateTimeOffset.UtcNow));
        (await Clocks(child, "2026-05-01")).ShouldBe([$"{Needs}:1:2026-01-26:2026-04-26:met", $"{Adviser}:1:2026-01-26:2028-01-26:open-in-time"]);

        // Details recorded again later replace them: the latest record stands.
        await Append(child, Born("2010-02-26", "2026-05-02T10:00:00Z"));
        (await Clocks(child, "2026-06-01")).ShouldContain($"{Needs}:1:2026-02-26:2026-05-26:met");

        // Both records withdrawn: no date of birth, no clock.
        await Append(child, new EventWithdrawn(6, Born("2010-02-26", "2026-05-02T10:00:00Z"), "Wrong child", DateTimeOffset.UtcNow));
        (await Clocks(child, "2026-06-01")).ShouldContain($"{Needs}:1:2026-01-26:2026-04-26:met");
        await Append(child, new EventWithdrawn(2, born with { DateOfBirth = Day("2010-01-26") }, "Wrong child", DateTimeOffset.UtcNow));
        (await Clocks(child, "2026-06-01")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_withdrawn_adviser_reopens_the_clock_and_leaving_care_before_16_owes_nothing()
    {
        var child = JourneyApi.NewChildId();
        var adviser = new PersonalAdviserAllocated(At("2026-01-05T10:00:00Z"), "Alex Morgan");
        await Append(child, Contact("2024-01-08T09:00:00Z"), Born("2009-12-26"),
            new EnteredCare(1, At("2024-05-01T12:00:00+01:00"), "C2", false, false), adviser);
        (await Clocks(child, "2026-02-01")).ShouldContain($"{Adviser}:1:2025-12-26:2027-12-26:met");
        await Append(child, new EventWithdrawn(4, adviser, "Recorded for the wrong child", DateTimeOffset.UtcNow));
        (await Clocks(child, "2026-02-01")).ShouldContain($"{Adviser}:1:2025-12-26:2027-12-26:open-in-time");

        // Care ended (version 6) the day before the 16th birthday: leaving-care duties never began.
        await Append(child, new LeftCare(1, At("2025-12-25T12:00:00Z"), "E11"));
        (await Clocks(child, "2026-02-01")).ShouldBeEmpty();
        // The same ending on the birthday itself: looked after at 16, so both are owed.
        await Append(child, new EventCorrected(6, new LeftCare(1, At("2025-12-25T12:00:00Z"), "E11"), new LeftCare(1, At("2025-12-26T12:00:00Z"), "E11"),
            "Left on the birthday", DateTimeOffset.UtcNow));
        (await Clocks(child, "2026-02-01")).Length.ShouldBe(2);
    }

    [Fact]
    public async Task Each_interval_is_the_rule_in_force_on_the_clocks_start_date()
    {
        // A change of rule (fictional, for the test: 2 months from 1 January 2030) applies to clocks
        // starting on or after its effective date, not to those already running.
        await Sql("INSERT INTO journey.timescale_rules VALUES ('test-needs-2m-2030', 'leaving-care-needs-assessment', 'months', 2, '2030-01-01', 'test')");
        try
        {
            var before = JourneyApi.NewChildId();
            var after = JourneyApi.NewChildId();
            // 16 on Monday 31 December 2029 and on Tuesday 1 January 2030 (a bank holiday), both in care since 2028.
            foreach (var (child, born) in new[] { (before, "2013-12-31"), (after, "2014-01-01") })
                await Append(child, Contact("2028-03-01T09:00:00Z"), Born(born, "2028-03-02T10:00:00Z"),
                    new EnteredCare(1, At("2028-03-03T12:00:00Z"), "C2", false, false));

            (await Clocks(before, "2030-01-31")).ShouldContain($"{Needs}:1:2029-12-31:2030-03-31:open-in-time");
            (await Clocks(after, "2030-01-31")).ShouldContain($"{Needs}:1:2030-01-01:2030-03-01:open-in-time");
        }
        finally
        {
            await Sql("DELETE FROM journey.timescale_rules WHERE rule_id = 'test-needs-2m-2030'");
        }
    }

    [Fact]
    public async Task A_date_of_birth_recorded_late_is_due_as_occurred_but_unknown_as_recorded_until_then()
    {
        var child = JourneyApi.NewChildId();
        // 16 on 20 November 2025 while in care; the date of birth recorded only on 15 January 2026.
        await ImportOk(
            new
            {
                childId = child,
                type = "ContactReceived",
                occurredAt = "2025-10-01T09:00:00Z",
                recordedAt = "2025-10-01T10:00:00Z",
                recordedBy = "mash",
                data = new { source = "6", concerns = "c", consent = "NotRequired" }
            },
            new
            {
                childId = child,
                type = "EnteredCare",
                occurredAt = "2025-10-02T12:00:00Z",
                recordedAt = "2025-10-02T13:00:00Z",
                recordedBy = "sw",
                data = new { legalStatus = "V2", planned = false }
            },
            new
            {
                childId = child,
                type = "ChildDetailsRecorded",
                occurredAt = "2026-01-15T10:00:00Z",
                recordedAt = "2026-01-15T10:30:00Z",
                recordedBy = "sw",
                data = new { dateOfBirth = "2009-11-20", gender = "M", ethnicity = "BAFR" }
            });
        var analyst = host.ClientFor("analyst.kim");
        var url = $"/api/measures?childId={child}&measure={Needs}";

        Status(await analyst.GetArray($"{url}&asAt=2025-12-31")).ShouldBe("2025-11-20:2026-02-20:open-in-time");
        (await analyst.GetArray($"{url}&asAt=2025-12-31&asRecorded=true")).ShouldBeEmpty();
        Status(await analyst.GetArray($"{url}&asAt=2026-01-31&asRecorded=true")).ShouldBe("2025-11-20:2026-02-20:open-in-time");
        // Still running now, so it is on the team's list of open clocks.
        (await analyst.GetArray($"/api/open-clocks?measure={Needs}")).ShouldContain(r => r!["childId"]!.GetValue<string>() == child);

        static string Status(JsonArray rows) => rows.Single() is { } r ? $"{r["startDate"]}:{r["dueDate"]}:{r["status"]}" : "";
    }

    private async Task<string[]> Clocks(string child, string asAt) =>
        (await host.ClientFor("analyst.kim").GetArray($"/api/measures?childId={child}&asAt={asAt}"))
        .Where(r => r!["measure"]!.GetValue<string>() is Adviser or Needs)
        .Select(r => $"{r!["measure"]}:{r["episode"]}:{r["startDate"]}:{r["dueDate"]}:{r["status"]}").Order().ToArray();

    private async Task<int?> AgeInYears(string dateOfBirth, string on)
    {
        await using var connection = host.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new Npgsql.NpgsqlCommand("SELECT journey.age_in_years(@born, @on)", connection);
        command.Parameters.AddWithValue("born", Day(dateOfBirth));
        command.Parameters.AddWithValue("on", Day(on));
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken) is int age ? age : null;
    }

    private async Task Sql(string sql)
    {
        await using var connection = host.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private async Task ImportOk(params object[] lines)
    {
        var content = new StringContent(string.Join("\n", lines.Select(l => System.Text.Json.JsonSerializer.Serialize(l))), System.Text.Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-ndjson");
        var report = JsonNode.Parse(await (await host.ClientFor("migration.officer", "importer")
            .PostAsync("/api/import", content, TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        report["refused"]!.GetValue<int>().ShouldBe(0, report.ToJsonString());
    }

    private async Task Append(string child, params IJourneyEvent[] events)
    {
        await using var session = host.Store.LightweightSession();
        session.Events.Append(child, events.Cast<object>().ToArray());
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
