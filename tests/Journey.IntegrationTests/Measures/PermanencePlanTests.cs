using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;
using Journey.IntegrationTests.Infrastructure;
using Npgsql;

namespace Journey.IntegrationTests.Measures;

/// <summary>
/// The permanence plan by the second looked-after review, and entries into care flagged unplanned.
/// </summary>
public sealed class PermanencePlanTests(JourneyHost host)
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);
    private static ContactReceived Contact(string at) => new(1, At(at), "6", "c", ConsentStatus.NotRequired, null, false);

    [Theory]
    [InlineData("2026-04-28T17:00:00+01:00", "met")]  // later on the day of the second review: by the review
    [InlineData("2026-04-29T09:00:00+01:00", "late")]
    public async Task A_ratified_plan_is_due_by_the_day_of_the_second_review(string ratifiedAt, string status)
    {
        var child = JourneyApi.NewChildId();
        var draft = new PermanencePlanMade(1, At("2026-04-20T10:00:00+01:00"), PermanencePlanKind.LongTermFostering, false);
        await Append(child, Contact("2026-01-05T09:00:00Z"),                                   // v1
            new EnteredCare(1, At("2026-01-05T10:00:00Z"), "C2", false, false),               // v2
            new LookedAfterReviewHeld(1, At("2026-01-30T10:00:00Z"), "PN1"),                  // v3
            draft);                                                                            // v4: not ratified: does not count
        var analyst = host.ClientFor("analyst.kim");
        async Task<string> Plan(string asAt)
        {
            var row = (await analyst.GetArray($"/api/looked-after/permanence-plans?childId={child}&asAt={asAt}")).Single()!;
            return $"{row["secondReviewAt"]?.GetValue<DateTimeOffset>():yyyy-MM-dd}:{row["planKind"]}:{row["status"]}";
        }

        (await Plan("2026-04-27")).ShouldBe(":" + ":open-in-time");
        await Append(child, new LookedAfterReviewHeld(1, At("2026-04-28T10:00:00+01:00"), "PN1"));     // v5: the second review
        (await Plan("2026-04-28")).ShouldBe("2026-04-28::open-overdue");

        await Append(child, new PermanencePlanMade(1, At(ratifiedAt), PermanencePlanKind.Adoption, true)); // v6
        (await Plan("2026-05-01")).ShouldBe($"2026-04-28:Adoption:{status}");

        // The draft corrected: it was ratified when made, so the plan was in place on 20 April.
        await Append(child, new EventCorrected(4, draft, draft with { Ratified = true }, "Ratified at the time", DateTimeOffset.UtcNow));
        (await Plan("2026-05-01")).ShouldBe("2026-04-28:LongTermFostering:met");
    }

    [Fact]
    public async Task A_period_of_care_that_ends_without_a_plan_owes_none()
    {
        var child = JourneyApi.NewChildId();
        await Append(child, Contact("2026-01-05T09:00:00Z"),
            new EnteredCare(1, At("2026-01-05T10:00:00Z"), "V2", true, false),
            new LeftCare(1, At("2026-02-05T10:00:00Z"), "E13"));
        var analyst = host.ClientFor("analyst.kim");

        (await analyst.GetArray($"/api/looked-after/permanence-plans?childId={child}&asAt=2026-02-04")).Single()!["status"]!.GetValue<string>()
            .ShouldBe("open-in-time");
        (await analyst.GetArray($"/api/looked-after/permanence-plans?childId={child}&asAt=2026-02-05")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Unplanned_entries_into_care_count_by_the_uk_month_they_began()
    {
        var child = JourneyApi.NewChildId();
        var entry = new EnteredCare(2, At("2026-03-31T23:30:00Z"), "V2", false, false); // 00:30 on 1 April in the UK
        await Append(child, Contact("2026-01-05T09:00:00Z"),
            new EnteredCare(1, At("2026-01-05T10:00:00Z"), "V2", true, false),
            new LeftCare(1, At("2026-02-05T10:00:00Z"), "E13"),
            entry);                                                                          // v4
        var analyst = host.ClientFor("analyst.kim");

        (await analyst.GetArray($"/api/looked-after/entries?childId={child}"))
            .Select(r => $"{r!["careEpisodeNumber"]}:{r["enteredMonth"]}:{r["unplanned"]}").ShouldBe(["1:2026-01-01:false", "2:2026-04-01:true"]);
        (await analyst.GetArray($"/api/looked-after/entries?childId={child}&unplannedOnly=true&from=2026-04-01&to=2026-04-30")).Count.ShouldBe(1);
        (await UnplannedByMonth(child)).ShouldBe(["2026-01:1:0", "2026-04:1:1"]);

        // Corrected: the second entry was planned after all.
        await Append(child, new EventCorrected(4, entry, entry with { Planned = true }, "Planned with the family", DateTimeOffset.UtcNow));
        (await UnplannedByMonth(child)).ShouldBe(["2026-01:1:0", "2026-04:1:0"]);
        var csv = await analyst.GetAsync($"/api/looked-after/entries.csv?childId={child}&unplannedOnly=true", TestContext.Current.CancellationToken);
        (await csv.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .ShouldBe("child_id,care_episode_number,entered_at,entered_month,legal_status,planned,unplanned,left_at\r\n");
    }

    /// <summary>The worked query of docs/analytics.md, for one child.</summary>
    private async Task<string[]> UnplannedByMonth(string child)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT to_char(entered_month, 'YYYY-MM'), count(*), count(*) FILTER (WHERE unplanned)
            FROM journey.entries_into_care WHERE child_id = @child GROUP BY 1 ORDER BY 1
            """, connection);
        command.Parameters.AddWithValue("child", child);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken)) rows.Add($"{reader.GetString(0)}:{reader.GetInt64(1)}:{reader.GetInt64(2)}");
        return rows.ToArray();
    }

    private async Task Append(string child, params IJourneyEvent[] events)
    {
        await using var session = host.Store.LightweightSession();
        session.Events.Append(child, events.Cast<object>().ToArray());
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
