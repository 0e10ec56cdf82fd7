using Journey.Domain.Calendars;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Proceedings;
using Journey.Domain.Protection;
using Journey.Domain.Timescales;
using Journey.IntegrationTests.Infrastructure;
using Npgsql;

namespace Journey.IntegrationTests.Measures;

/// <summary>
/// Deadlines as the words of their sources count them (decision 77), through the real store: the
/// 26 weeks of care proceedings begin with the day of issue, extensions run from the end of the
/// period as extended (decision 78), and the SQL due dates of the chains count each unit as the
/// clocks do. Dates are counted by hand on a calendar.
/// </summary>
public sealed class DeadlineCountingTests(JourneyHost host)
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);
    private static readonly DateTimeOffset Later = At("2026-12-01T00:00:00Z");
    private static ContactReceived Contact(string at) => new(1, At(at), "6", "c", ConsentStatus.NotRequired, null, false);

    [Theory]
    // Issued Monday 6 January 2025: the 26 weeks beginning with that day end on Sunday 6 July 2025.
    [InlineData("2025-07-06T16:00:00+01:00", "met")]
    [InlineData("2025-07-07T09:00:00+01:00", "late")]
    public async Task Proceedings_issued_on_Monday_6_January_2025_must_finish_by_Sunday_6_July(string orderAt, string status)
    {
        var child = JourneyApi.NewChildId();
        await Append(child, Contact("2025-01-02T09:00:00+00:00"),
            new CareProceedingsIssued(1, At("2025-01-06T10:00:00+00:00"), false),
            new FinalOrderMade(1, At(orderAt), FinalOrder.CareOrder));

        (await Clock(child, "care-proceedings")).ShouldBe($"2025-07-06|{status}|care-proceedings-26w");
    }

    [Theory]
    // One extension of 8 weeks from the end of Sunday 6 July: Sunday 31 August; a second: Sunday 26 October.
    [InlineData(1, "2025-08-31T12:00:00+01:00", "2025-08-31|met")]
    [InlineData(1, "2025-09-01T09:00:00+01:00", "2025-08-31|late")]
    [InlineData(2, "2025-10-26T12:00:00+00:00", "2025-10-26|met")]
    [InlineData(2, "2025-10-27T09:00:00+00:00", "2025-10-26|late")]
    public async Task Each_extension_of_eight_weeks_runs_on_from_the_end_of_the_period_it_extends(int extensions, string orderAt, string expected)
    {
        var child = JourneyApi.NewChildId();
        var steps = new List<IJourneyEvent>
        {
            Contact("2025-01-02T09:00:00+00:00"),
            new CareProceedingsIssued(1, At("2025-01-06T10:00:00+00:00"), false),
            new ProceedingsExtended(1, At("2025-06-30T10:00:00+01:00"), 8),
        };
        if (extensions == 2) steps.Add(new ProceedingsExtended(1, At("2025-08-26T10:00:00+01:00"), 8));
        steps.Add(new FinalOrderMade(1, At(orderAt), FinalOrder.CareOrder));
        await Append(child, [.. steps]);

        (await Clock(child, "care-proceedings")).ShouldBe($"{expected}|care-proceedings-26w");
    }

    [Fact]
    public async Task A_first_review_conference_from_30_November_falls_due_on_the_last_day_of_February()
    {
        // "within three months of the Initial Child Protection Conference": 30 February does not exist,
        // so the clock and the review chain both fall due on Saturday 28 February 2026.
        var child = JourneyApi.NewChildId();
        var conference = At("2025-11-30T11:00:00+00:00");
        await Append(child, Contact("2025-11-10T09:00:00+00:00"),
            new StrategyDiscussionHeld(1, conference.AddDays(-14), true, null),
            new Section47Started(1, 1, conference.AddDays(-14)),
            new Section47Concluded(1, conference.AddDays(-2), Section47Outcome.InitialConference),
            new InitialConferenceHeld(1, 1, conference, true, "NEG"),
            new ProtectionPlanStarted(1, 1, conference, "NEG"),
            new ReviewConferenceHeld(1, At("2026-02-28T10:00:00+00:00"), true));

        (await Clock(child, "first-review-conference")).ShouldBe("2026-02-28|met|first-review-conference-3m");
        (await Text($"SELECT due_date || '|' || status FROM journey.review_conferences_as_at('{Later:O}') WHERE child_id = '{child}' AND review = 1"))
            .ShouldBe("2026-02-28|met");
    }

    public static TheoryData<TimescaleUnit, string> UnitsAndStarts()
    {
        var data = new TheoryData<TimescaleUnit, string>();
        // Working days either side of Easter 2024 and the Christmas substitutes of 2021; month ends; a leap year.
        string[] starts = ["2024-03-08", "2024-03-28", "2024-03-29", "2024-04-01", "2024-03-09", "2021-12-24",
                           "2025-01-06", "2025-01-31", "2024-01-31", "2025-03-01", "2025-11-30", "2023-02-28"];
        foreach (var unit in new[] { TimescaleUnit.WorkingDays, TimescaleUnit.Weeks, TimescaleUnit.Days, TimescaleUnit.Months })
            foreach (var start in starts) data.Add(unit, start);
        return data;
    }

    [Theory]
    [MemberData(nameof(UnitsAndStarts))]
    public async Task The_sql_due_dates_count_each_unit_and_convention_as_the_clocks_do(TimescaleUnit unit, string start)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var from = DateOnly.Parse(start);
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync(cancellation);
        // Rules of this test's own, seen only inside its transaction and rolled back.
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        foreach (var (counting, target) in new[] { (TimescaleCounting.DayZero, 1), (TimescaleCounting.DayZero, 15), (TimescaleCounting.DayOne, 1), (TimescaleCounting.DayOne, 26) })
        {
            var measure = $"test-{TimescaleUnits.Name(unit)}-{TimescaleCountings.Name(counting)}-{target}";
            await using (var insert = new NpgsqlCommand("""
                INSERT INTO journey.timescale_rules (rule_id, measure, unit, target, effective_from, basis, counting, words, words_from)
                VALUES (@measure, @measure, @unit, @target, DATE '2010-01-01', 'test', @counting, 'test', 'test')
                """, connection, transaction))
            {
                insert.Parameters.AddWithValue("measure", measure);
                insert.Parameters.AddWithValue("unit", TimescaleUnits.Name(unit));
                insert.Parameters.AddWithValue("target", target);
                insert.Parameters.AddWithValue("counting", TimescaleCountings.Name(counting));
                await insert.ExecuteNonQueryAsync(cancellation);
            }
            await using var due = new NpgsqlCommand($"SELECT due_date FROM journey.due_by_rule('{measure}', DATE '{from:yyyy-MM-dd}', DATE '{from:yyyy-MM-dd}')", connection, transaction);
            var rule = new TimescaleRule(measure, measure, unit, target, new DateOnly(2010, 1, 1), "test", counting, "test", "test");
            ((DateOnly)(await due.ExecuteScalarAsync(cancellation))!).ShouldBe(DueDates.From(rule, from, WorkingDayCalendar.EnglandAndWales), measure);
        }
        await transaction.RollbackAsync(cancellation);
    }

    private async Task<string> Clock(string child, string measure) =>
        await Text($"SELECT due_date || '|' || status || '|' || rule_id FROM journey.measures_as_at('{Later:O}') WHERE child_id = '{child}' AND measure = '{measure}'");

    private async Task<string> Text(string sql)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return (string)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    private async Task Append(string child, params IJourneyEvent[] events)
    {
        await using var session = host.Store.LightweightSession();
        session.Events.Append(child, events.Cast<object>().ToArray());
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
