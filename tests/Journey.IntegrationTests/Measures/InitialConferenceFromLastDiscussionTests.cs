using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.IntegrationTests.Infrastructure;
using Npgsql;

namespace Journey.IntegrationTests.Measures;

/// <summary>
/// The secondary initial-conference view: 15 working days from the last strategy discussion held
/// for the enquiry before the conference, beside the primary clock from the initiating one.
/// Dates counted by hand; Good Friday (3 April 2026) and Easter Monday (6 April) are bank holidays.
/// </summary>
public sealed class InitialConferenceFromLastDiscussionTests(JourneyHost host)
{
    private const string Secondary = "initial-conference-from-last-discussion";
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);
    private static readonly DateTimeOffset Later = At("2026-12-01T00:00:00Z");

    [Fact]
    public async Task A_later_discussion_moves_the_clock_until_the_conference_and_corrections_and_withdrawals_move_it_back()
    {
        var child = JourneyApi.NewChildId();
        var later = new StrategyDiscussionHeld(2, At("2026-03-18T10:00:00Z"), false, "Police update");
        var conference = new InitialConferenceHeld(1, 1, At("2026-04-10T14:00:00+01:00"), false, null);
        await Append(child,
            new ContactReceived(1, At("2026-02-27T09:00:00Z"), "6", "c", ConsentStatus.NotRequired, null, false),
            new StrategyDiscussionHeld(1, At("2026-03-02T10:00:00Z"), true, null),  // Mon 2 March: primary due Mon 23 March
            new Section47Started(1, 1, At("2026-03-02T10:00:00Z")),
            later,                                                                  // v4, Wed 18 March: 19-20 (2), 23-27 (7), 30 Mar-2 Apr (11), 7-10 Apr (15)
            new Section47Concluded(1, At("2026-04-01T12:00:00+01:00"), Section47Outcome.InitialConference),
            conference,                                                             // v6, Fri 10 April: the 15th working day
            new StrategyDiscussionHeld(3, At("2026-04-20T10:00:00+01:00"), false, null)); // v7, after the conference: moves nothing

        (await Row(child, "initial-conference", Later)).ShouldBe("2026-03-02|2026-03-23|27|late|initial-conference-15wd");
        (await Row(child, Secondary, Later)).ShouldBe($"2026-03-18|2026-04-10|15|met|{Secondary}-15wd");

        // Corrected to Thu 5 March: 6 (1), 9-13 (6), 16-20 (11), 23-26 (15): due 26 March; 10 April is the 24th working day.
        await Append(child, new EventCorrected(4, later, later with { OccurredAt = At("2026-03-05T10:00:00Z") }, "Wrong date", DateTimeOffset.UtcNow));
        (await Row(child, Secondary, Later)).ShouldBe("2026-03-05|2026-03-26|24|late|" + Secondary + "-15wd");

        // Withdrawn: the last discussion is the initiating one again, as the primary clock counts.
        await Append(child, new EventWithdrawn(4, later with { OccurredAt = At("2026-03-05T10:00:00Z") }, "Not about this child", DateTimeOffset.UtcNow));
        (await Row(child, Secondary, Later)).ShouldBe("2026-03-02|2026-03-23|27|late|" + Secondary + "-15wd");

        // The conference withdrawn: open again, and the discussion of Mon 20 April now comes before any
        // conference, so the clock runs from it: 21-24 (4), 27-30 (8), 1 May (9), 5-8 (13; 4 May a bank
        // holiday), 11-12 (15): due Tue 12 May, overdue on 20 May after 21 working days.
        await Append(child, new EventWithdrawn(6, conference, "Recorded in error", DateTimeOffset.UtcNow));
        (await Row(child, Secondary, At("2026-05-20T12:00:00+01:00"))).ShouldBe("2026-04-20|2026-05-12|21|open-overdue|" + Secondary + "-15wd");

        var rows = await host.ClientFor("analyst.kim").GetArray($"/api/measures?childId={child}&measure={Secondary}&asAt=2026-05-20");
        rows.Select(r => (string?)r!["status"]).ShouldBe(["open-overdue"]);
    }

    [Fact]
    public async Task A_discussion_belongs_to_the_enquiry_open_when_it_was_held()
    {
        var child = JourneyApi.NewChildId();
        await Append(child,
            new ContactReceived(1, At("2026-02-27T09:00:00Z"), "6", "c", ConsentStatus.NotRequired, null, false),
            new StrategyDiscussionHeld(1, At("2026-03-02T10:00:00Z"), true, null),
            new Section47Started(1, 1, At("2026-03-02T10:00:00Z")),
            new StrategyDiscussionHeld(2, At("2026-03-04T10:00:00Z"), false, null),  // during enquiry 1: moves its clock
            new Section47Concluded(1, At("2026-03-06T10:00:00Z"), Section47Outcome.NoFurtherAction),
            new StrategyDiscussionHeld(3, At("2026-03-09T10:00:00Z"), false, null),  // after enquiry 1 asked for no conference
            new StrategyDiscussionHeld(4, At("2026-06-01T10:00:00+01:00"), true, null),
            new Section47Started(2, 4, At("2026-06-01T10:00:00+01:00")));

        // Enquiry 1 from 4 March, not due once it concluded; enquiry 2 from its own initiating discussion.
        (await Row(child, Secondary, At("2026-03-05T12:00:00Z"))).ShouldBe("2026-03-04|2026-03-25|1|open-in-time|" + Secondary + "-15wd");
        (await Rows(child, Secondary, At("2026-06-02T12:00:00+01:00"))).ShouldBe(["2026-06-01|2026-06-22|1|open-in-time|" + Secondary + "-15wd"]);
    }

    private async Task<string> Row(string child, string measure, DateTimeOffset asAt) => (await Rows(child, measure, asAt)).ShouldHaveSingleItem();

    private async Task<string[]> Rows(string child, string measure, DateTimeOffset asAt)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT start_date, due_date, elapsed, status, rule_id FROM journey.measures_as_at(@t)
            WHERE child_id = @c AND measure = @m ORDER BY episode
            """, connection);
        command.Parameters.AddWithValue("t", asAt.ToUniversalTime());
        command.Parameters.AddWithValue("c", child);
        command.Parameters.AddWithValue("m", measure);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            rows.Add($"{reader.GetFieldValue<DateOnly>(0):yyyy-MM-dd}|{reader.GetFieldValue<DateOnly>(1):yyyy-MM-dd}|{reader.GetDecimal(2)}|{reader.GetString(3)}|{reader.GetString(4)}");
        return rows.ToArray();
    }

    private async Task Append(string child, params IJourneyEvent[] events)
    {
        await using var session = host.Store.LightweightSession();
        session.Events.Append(child, events.Cast<object>().ToArray());
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
