using Journey.Domain.Children;
using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Measures;

/// <summary>
/// Review health assessments of looked-after children: from the initial one, each due from the one
/// actually held before it, 6 months for a child under 5 on that day and 12 months from 5.
/// </summary>
public sealed class HealthReviewChainTests(JourneyHost host)
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);
    private static ContactReceived Contact(string at) => new(1, At(at), "6", "c", ConsentStatus.NotRequired, null, false);
    private static ChildDetailsRecorded Born(string dateOfBirth) => new(At("2024-12-02T10:00:00Z"), DateOnly.Parse(dateOfBirth), null, "M", "WBRI");
    private static HealthAssessmentCompleted Health(string at, HealthAssessmentKind kind = HealthAssessmentKind.Review) => new(1, At(at), kind);

    [Fact]
    public async Task The_interval_follows_the_childs_age_on_the_day_the_previous_one_was_held()
    {
        var child = JourneyApi.NewChildId();
        var born = Born("2021-09-15"); // 5 on Tuesday 15 September 2026
        var secondReview = Health("2026-02-02T10:00:00Z");
        await Append(child,
            Contact("2024-12-01T09:00:00Z"), born,
            new EnteredCare(1, At("2025-01-06T12:00:00Z"), "C2", false, false),
            Health("2025-01-20T10:00:00Z", HealthAssessmentKind.Initial), // aged 3: first review due Sunday 20 July 2025 (not moved)
            Health("2025-07-18T10:00:00+01:00"),                         // met; aged 3: next due Sunday 18 January 2026
            secondReview,                                                 // late; aged 4: next due Sunday 2 August 2026
            Health("2026-09-16T10:00:00+01:00"));                        // late; aged 5 since the day before: next due 16 September 2027

        (await Chain(child, "2027-01-01")).ShouldBe(["1:2025-07-20:met", "2:2026-01-18:late", "3:2026-08-02:late", "4:2027-09-16:open-in-time"]);
        (await Chain(child, "2026-05-01")).ShouldBe(["1:2025-07-20:met", "2:2026-01-18:late", "3:2026-08-02:open-in-time"]);

        // The date of birth corrected (v2) to 15 January 2021: 5 by 2 February 2026, so the next falls due 12 months on.
        await Append(child, new EventCorrected(2, born, born with { DateOfBirth = DateOnly.Parse("2021-01-15") }, "From the birth certificate", DateTimeOffset.UtcNow));
        (await Chain(child, "2027-01-01")).ShouldBe(["1:2025-07-20:met", "2:2026-01-18:late", "3:2027-02-02:met", "4:2027-09-16:open-in-time"]);

        // The February review withdrawn (v6): September's is the second, due 6 months after July 2025 (aged 4 then).
        await Append(child, new EventWithdrawn(6, secondReview, "Recorded for the wrong child", DateTimeOffset.UtcNow));
        (await Chain(child, "2027-01-01")).ShouldBe(["1:2025-07-20:met", "2:2026-01-18:late", "3:2027-09-16:open-in-time"]);

        // Leaving care ends the chain: nothing more falls due.
        await Append(child, new LeftCare(1, At("2026-12-01T12:00:00Z"), "E11"));
        (await Chain(child, "2027-01-01")).ShouldBe(["1:2025-07-20:met", "2:2026-01-18:late"]);
    }

    [Fact]
    public async Task On_the_5th_birthday_the_interval_is_12_months_and_a_29_February_birthday_counts_on_28_February()
    {
        // Born 29 February 2020: 5 on Friday 28 February 2025, as 2025 has no 29 February.
        var dayBefore = JourneyApi.NewChildId();
        var onBirthday = JourneyApi.NewChildId();
        foreach (var (child, initial) in new[] { (dayBefore, "2025-02-27T10:00:00Z"), (onBirthday, "2025-02-28T10:00:00Z") })
            await Append(child, Contact("2024-12-01T09:00:00Z"), Born("2020-02-29"),
                new EnteredCare(1, At("2025-01-06T12:00:00Z"), "C2", false, false), Health(initial, HealthAssessmentKind.Initial));

        (await Chain(dayBefore, "2025-03-01")).ShouldBe(["1:2025-08-27:open-in-time"]);
        (await Chain(onBirthday, "2025-03-01")).ShouldBe(["1:2026-02-28:open-in-time"]);
    }

    [Fact]
    public async Task Without_a_date_of_birth_no_interval_can_be_chosen_and_a_dental_check_is_not_a_review()
    {
        var child = JourneyApi.NewChildId();
        await Append(child, Contact("2024-12-01T09:00:00Z"), new EnteredCare(1, At("2025-01-06T12:00:00Z"), "C2", false, false),
            Health("2025-01-20T10:00:00Z", HealthAssessmentKind.Initial), Health("2025-03-20T10:00:00Z", HealthAssessmentKind.DentalCheck));
        (await Chain(child, "2025-06-01")).ShouldBe(["1::no-date-of-birth"]);

        await Append(child, Born("2015-05-05"));
        (await Chain(child, "2025-06-01")).ShouldBe(["1:2026-01-20:open-in-time"]);
    }

    [Fact]
    public async Task Each_interval_is_the_rule_in_force_on_the_day_it_runs_from()
    {
        // A change of rule (fictional, for the test: 9 months from 1 January 2030 for children of 5 and over).
        await Sql("INSERT INTO journey.timescale_rules VALUES ('test-health-9m-2030', 'health-review-5-and-over', 'months', 9, '2030-01-01', 'test')");
        try
        {
            var child = JourneyApi.NewChildId();
            await Append(child, Contact("2029-05-01T09:00:00Z"), Born("2015-01-01"),
                new EnteredCare(1, At("2029-06-01T12:00:00+01:00"), "C2", false, false),
                Health("2029-12-31T10:00:00Z", HealthAssessmentKind.Initial), // 12 months from Monday 31 December 2029: Tuesday 31 December 2030
                Health("2030-01-02T10:00:00Z"));                              // met; 9 months from 2 January 2030: 2 October 2030
            (await Chain(child, "2030-02-01")).ShouldBe(["1:2030-12-31:met", "2:2030-10-02:open-in-time"]);
        }
        finally
        {
            await Sql("DELETE FROM journey.timescale_rules WHERE rule_id = 'test-health-9m-2030'");
        }
    }

    private async Task<string[]> Chain(string child, string asAt) =>
        (await host.ClientFor("analyst.kim").GetArray($"/api/looked-after/health-reviews?childId={child}&asAt={asAt}"))
        .Select(r => $"{r!["review"]}:{r["dueDate"]}:{r["status"]}").ToArray();

    private async Task Sql(string sql)
    {
        await using var connection = host.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private async Task Append(string child, params IJourneyEvent[] events)
    {
        await using var session = host.Store.LightweightSession();
        session.Events.Append(child, events.Cast<object>().ToArray());
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
