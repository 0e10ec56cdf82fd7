using Journey.Domain.Assessments;
using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.IntegrationTests.Infrastructure;
using Npgsql;

namespace Journey.IntegrationTests.Measures;

/// <summary>
/// Each measure at its edges, by appending events to the real store (the projection runs inline)
/// and reading journey.measures_as_at. Expected dates are worked out by hand from the published
/// bank holidays, not from the calendar code under test.
/// </summary>
public sealed class MeasureBoundaryTests(JourneyHost host)
{
    private static DateTimeOffset Uk(string local) => DateTimeOffset.Parse(local); // offsets written explicitly

    [Theory]
    // Strategy discussion Mon 15 Dec 2025; Christmas, Boxing Day and New Year's Day fall inside:
    // working days 16-19 Dec (4), 22-24 (7), 29-31 (10), 2 Jan (11), 5-8 Jan (15), 9 Jan (16).
    [InlineData("2025-12-15T10:00:00+00:00", "2026-01-08T10:00:00+00:00", "2026-01-08", 15, "met")]
    [InlineData("2025-12-15T10:00:00+00:00", "2026-01-09T10:00:00+00:00", "2026-01-08", 16, "late")]
    // Strategy discussion Thu 14 May 2026; the late-May bank holiday (25 May) and two weekends:
    // 15 (1), 18-22 (6), 26-29 (10), 1-5 Jun (15), 8 Jun (16).
    [InlineData("2026-05-14T15:00:00+01:00", "2026-06-05T10:00:00+01:00", "2026-06-05", 15, "met")]
    [InlineData("2026-05-14T15:00:00+01:00", "2026-06-08T10:00:00+01:00", "2026-06-05", 16, "late")]
    public async Task Initial_conference_is_in_time_on_the_15th_working_day_and_late_on_the_16th(
        string discussionAt, string conferenceAt, string due, int elapsed, string status)
    {
        var child = JourneyApi.NewChildId();
        await Append(child,
            new ContactReceived(1, Uk(discussionAt).AddHours(-3), "6", "c", ConsentStatus.NotRequired, null, false),
            new StrategyDiscussionHeld(1, Uk(discussionAt), true, null),
            new Section47Started(1, 1, Uk(discussionAt)),
            new Section47Concluded(1, Uk(conferenceAt).AddDays(-1), Section47Outcome.InitialConference),
            new InitialConferenceHeld(1, 1, Uk(conferenceAt), false, null));

        var row = await Row(child, "initial-conference", DateTimeOffset.Parse("2026-12-01T00:00:00Z"));
        row.DueDate.ShouldBe(DateOnly.Parse(due));
        row.Elapsed.ShouldBe(elapsed);
        row.Status.ShouldBe(status);
        row.RuleId.ShouldBe("initial-conference-15wd");
    }

    [Theory]
    // A contact on Friday 22 May 2026 (Monday 25 May is a bank holiday) is due on Tuesday 26 May.
    [InlineData("2026-05-22T16:00:00+01:00", "2026-05-26T17:00:00+01:00", "2026-05-26", "met")]
    [InlineData("2026-05-22T16:00:00+01:00", "2026-05-27T09:00:00+01:00", "2026-05-26", "late")]
    // A contact on a Saturday counts from Saturday: day 1 is Monday.
    [InlineData("2026-03-07T11:00:00+00:00", "2026-03-09T16:00:00+00:00", "2026-03-09", "met")]
    // Received at 23:30 UTC on 31 March in summer time is 1 April in the UK: due Thursday 2 April.
    [InlineData("2026-03-31T23:30:00+00:00", "2026-04-02T15:00:00+01:00", "2026-04-02", "met")]
    public async Task Front_door_decision_is_due_the_next_working_day_in_uk_dates(string receivedAt, string decidedAt, string due, string status)
    {
        var child = JourneyApi.NewChildId();
        await Append(child,
            new ContactReceived(1, Uk(receivedAt), "2A", "c", ConsentStatus.Given, null, false),
            new FrontDoorDecisionMade(1, Uk(decidedAt), FrontDoorOutcome.EarlyHelp, "r", "m"));

        var row = await Row(child, "front-door-decision", DateTimeOffset.Parse("2026-12-01T00:00:00Z"));
        row.DueDate.ShouldBe(DateOnly.Parse(due));
        row.Status.ShouldBe(status);
    }

    [Theory]
    [InlineData(23 * 60 + 59, "met")]
    [InlineData(24 * 60, "met")]
    [InlineData(24 * 60 + 1, "late")]
    public async Task Contact_to_decision_runs_on_the_clock_for_24_hours(int minutes, string status)
    {
        var child = JourneyApi.NewChildId();
        var received = Uk("2026-10-24T18:00:00+01:00"); // clocks go back overnight on 25 October: hours are real hours
        await Append(child,
            new ContactReceived(1, received, "2A", "c", ConsentStatus.Given, null, false),
            new FrontDoorDecisionMade(1, received.AddMinutes(minutes), FrontDoorOutcome.EarlyHelp, "r", "m"));

        var row = await Row(child, "contact-decision-24h", DateTimeOffset.Parse("2026-12-01T00:00:00Z"));
        row.Status.ShouldBe(status);
        row.Elapsed.ShouldBe(Math.Round(minutes / 60m, 2));
    }

    [Theory]
    // Referral Mon 2 Nov 2026: 45 working days, with Christmas, Boxing Day (substitute Mon 28 Dec) and New Year's Day.
    // Nov: 3-6 (4), 9-13 (9), 16-20 (14), 23-27 (19), 30 (20); Dec: 1-4 (24), 7-11 (29), 14-18 (34),
    // 21-24 (38), 29-31 (41); Jan: 4-7 (45).
    [InlineData("2027-01-07T09:00:00Z", "open-in-time")]
    [InlineData("2027-01-07T23:00:00Z", "open-in-time")]
    [InlineData("2027-01-08T09:00:00Z", "open-overdue")]
    public async Task An_open_assessment_counts_against_the_as_at_date(string asAt, string status)
    {
        var child = JourneyApi.NewChildId();
        await Append(child,
            new ContactReceived(1, Uk("2026-11-02T09:00:00+00:00"), "2A", "c", ConsentStatus.Given, null, false),
            new FrontDoorDecisionMade(1, Uk("2026-11-02T10:00:00+00:00"), FrontDoorOutcome.ReferralForAssessment, "r", "m"),
            new ReferralAccepted(1, 1, Uk("2026-11-02T10:05:00+00:00"), null),
            new AssessmentStarted(1, 1, Uk("2026-11-03T10:00:00+00:00")));

        var row = await Row(child, "assessment", DateTimeOffset.Parse(asAt));
        row.DueDate.ShouldBe(new DateOnly(2027, 1, 7));
        row.Status.ShouldBe(status);
        row.ActualDate.ShouldBeNull();
    }

    [Fact]
    public async Task The_census_count_runs_from_the_assessment_start_beside_the_count_from_the_referral()
    {
        var child = JourneyApi.NewChildId();
        // Referral Mon 2 Nov 2026 is due 7 Jan 2027 (45 wd); the assessment starts Mon 9 Nov, due 45 wd later on 14 Jan 2027.
        await Append(child,
            new ContactReceived(1, Uk("2026-11-02T09:00:00+00:00"), "2A", "c", ConsentStatus.Given, null, false),
            new FrontDoorDecisionMade(1, Uk("2026-11-02T10:00:00+00:00"), FrontDoorOutcome.ReferralForAssessment, "r", "m"),
            new ReferralAccepted(1, 1, Uk("2026-11-02T10:05:00+00:00"), null),
            new AssessmentStarted(1, 1, Uk("2026-11-09T10:00:00+00:00")),
            new AssessmentAuthorised(1, 1, Uk("2027-01-12T10:00:00+00:00"), "tm"));

        var fromReferral = await Row(child, "assessment", Uk("2027-02-01T00:00:00+00:00"));
        var fromStart = await Row(child, "assessment-from-start", Uk("2027-02-01T00:00:00+00:00"));
        (fromReferral.DueDate, fromReferral.Status).ShouldBe((new DateOnly(2027, 1, 7), "late"));
        (fromStart.DueDate, fromStart.Status).ShouldBe((new DateOnly(2027, 1, 14), "met"));
    }

    [Fact]
    public async Task An_assessment_authorised_after_the_as_at_instant_is_still_open_as_at_then()
    {
        var child = JourneyApi.NewChildId();
        await Append(child,
            new ContactReceived(1, Uk("2026-01-05T09:00:00+00:00"), "2A", "c", ConsentStatus.Given, null, false),
            new FrontDoorDecisionMade(1, Uk("2026-01-05T10:00:00+00:00"), FrontDoorOutcome.ReferralForAssessment, "r", "m"),
            new ReferralAccepted(1, 1, Uk("2026-01-05T10:05:00+00:00"), null),
            new AssessmentStarted(1, 1, Uk("2026-01-06T10:00:00+00:00")),
            new AssessmentAuthorised(1, 1, Uk("2026-02-20T10:00:00+00:00"), "tm"));

        (await Row(child, "assessment", DateTimeOffset.Parse("2026-02-01T00:00:00Z"))).Status.ShouldBe("open-in-time");
        (await Row(child, "assessment", DateTimeOffset.Parse("2026-03-01T00:00:00Z"))).Status.ShouldBe("met");
        (await Rows(child, DateTimeOffset.Parse("2026-01-01T00:00:00Z"))).ShouldBeEmpty();
    }

    [Theory]
    // The assessment timescale changed on 15 April 2013: 35 working days before, 45 from then.
    [InlineData("2013-04-12T10:00:00+01:00", "assessment-35wd-2010", 35)]
    [InlineData("2013-04-15T10:00:00+01:00", "assessment-45wd-2013", 45)]
    public async Task The_rule_in_force_on_the_referral_date_applies(string referredAt, string ruleId, int target)
    {
        var child = JourneyApi.NewChildId();
        await Append(child,
            new ContactReceived(1, Uk(referredAt).AddHours(-1), "2A", "c", ConsentStatus.Given, null, false),
            new FrontDoorDecisionMade(1, Uk(referredAt), FrontDoorOutcome.ReferralForAssessment, "r", "m"),
            new ReferralAccepted(1, 1, Uk(referredAt), null));

        var row = await Row(child, "assessment", DateTimeOffset.Parse("2013-06-01T00:00:00Z"));
        row.RuleId.ShouldBe(ruleId);
        row.Target.ShouldBe(target);
    }

    [Fact]
    public async Task A_section_47_that_asks_for_no_conference_leaves_no_conference_due()
    {
        var child = JourneyApi.NewChildId();
        await Append(child,
            new ContactReceived(1, Uk("2026-06-01T09:00:00+01:00"), "6", "c", ConsentStatus.NotRequired, null, false),
            new StrategyDiscussionHeld(1, Uk("2026-06-02T10:00:00+01:00"), true, null),
            new Section47Started(1, 1, Uk("2026-06-02T10:00:00+01:00")));
        (await Rows(child, DateTimeOffset.Parse("2026-06-03T00:00:00Z"))).Select(r => r.Measure).ShouldContain("initial-conference");

        await Append(child, new Section47Concluded(1, Uk("2026-06-10T10:00:00+01:00"), Section47Outcome.NoFurtherAction));

        (await Rows(child, DateTimeOffset.Parse("2026-12-01T00:00:00Z"))).Select(r => r.Measure).ShouldNotContain("initial-conference");
    }

    [Fact]
    public async Task The_first_authorisation_stops_the_clock_and_only_its_withdrawal_reopens_it()
    {
        var child = JourneyApi.NewChildId();
        var second = new AssessmentAuthorised(2, 1, Uk("2026-06-30T10:00:00+01:00"), "tm");
        await Append(child,
            new ContactReceived(1, Uk("2026-03-02T09:00:00+00:00"), "2A", "c", ConsentStatus.Given, null, false),
            new FrontDoorDecisionMade(1, Uk("2026-03-02T10:00:00+00:00"), FrontDoorOutcome.ReferralForAssessment, "r", "m"),
            new ReferralAccepted(1, 1, Uk("2026-03-02T10:05:00+00:00"), null),
            new AssessmentStarted(1, 1, Uk("2026-03-03T10:00:00+00:00")),
            new AssessmentAuthorised(1, 1, Uk("2026-03-16T10:00:00+00:00"), "tm"),   // version 5
            new AssessmentStarted(2, 1, Uk("2026-03-17T10:00:00+00:00")),
            second);                                                                    // version 7
        (await Row(child, "assessment", DateTimeOffset.Parse("2026-12-01T00:00:00Z"))).ActualDate.ShouldBe(new DateOnly(2026, 3, 16));

        await Append(child, new EventWithdrawn(7, second, "recorded twice", DateTimeOffset.UtcNow));
        (await Row(child, "assessment", DateTimeOffset.Parse("2026-12-01T00:00:00Z"))).Status.ShouldBe("met");

        await Append(child, new EventWithdrawn(5, new AssessmentAuthorised(1, 1, Uk("2026-03-16T10:00:00+00:00"), "tm"), "wrong child", DateTimeOffset.UtcNow));
        (await Row(child, "assessment", DateTimeOffset.Parse("2026-12-01T00:00:00Z"))).Status.ShouldBe("open-overdue");
    }

    [Fact]
    public async Task A_conference_no_longer_due_is_still_shown_as_at_dates_before_the_enquiry_concluded()
    {
        var child = JourneyApi.NewChildId();
        await Append(child,
            new ContactReceived(1, Uk("2026-06-01T09:00:00+01:00"), "6", "c", ConsentStatus.NotRequired, null, false),
            new StrategyDiscussionHeld(1, Uk("2026-06-02T10:00:00+01:00"), true, null),
            new Section47Started(1, 1, Uk("2026-06-02T10:00:00+01:00")),
            new Section47Concluded(1, Uk("2026-06-10T10:00:00+01:00"), Section47Outcome.NoFurtherAction));

        (await Rows(child, DateTimeOffset.Parse("2026-06-05T00:00:00Z"))).Select(r => r.Measure).ShouldContain("initial-conference");
        (await Rows(child, DateTimeOffset.Parse("2026-06-11T00:00:00Z"))).Select(r => r.Measure).ShouldNotContain("initial-conference");
    }

    private async Task Append(string child, params IJourneyEvent[] events)
    {
        await using var session = host.Store.LightweightSession();
        session.Events.Append(child, events.Cast<object>().ToArray());
        await session.SaveChangesAsync();
    }

    private async Task<MeasureSql> Row(string child, string measure, DateTimeOffset asAt) =>
        (await Rows(child, asAt)).Single(r => r.Measure == measure);

    private async Task<List<MeasureSql>> Rows(string child, DateTimeOffset asAt)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT measure, rule_id, target, due_date, actual_date, elapsed, status FROM journey.measures_as_at(@at) WHERE child_id = @child", connection);
        command.Parameters.AddWithValue("at", asAt.ToUniversalTime());
        command.Parameters.AddWithValue("child", child);
        var rows = new List<MeasureSql>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add(new MeasureSql(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetFieldValue<DateOnly>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4), reader.GetDecimal(5), reader.GetString(6)));
        return rows;
    }

    private sealed record MeasureSql(string Measure, string RuleId, int Target, DateOnly DueDate, DateOnly? ActualDate, decimal Elapsed, string Status);
}
