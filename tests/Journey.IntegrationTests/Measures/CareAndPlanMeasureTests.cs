using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Missing;
using Journey.Domain.Permanence;
using Journey.Domain.Proceedings;
using Journey.Domain.Protection;
using Journey.IntegrationTests.Infrastructure;
using Npgsql;

namespace Journey.IntegrationTests.Measures;

/// <summary>
/// Clocks for plans, care and missing episodes, at their edges, from events appended to the real
/// store. Expected dates are worked out by hand from the published bank holidays.
/// </summary>
public sealed class CareAndPlanMeasureTests(JourneyHost host)
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);
    private static readonly DateTimeOffset Later = At("2026-12-01T00:00:00Z");
    private static ContactReceived Contact(string at) => new(1, At(at), "6", "c", ConsentStatus.NotRequired, null, false);

    [Theory]
    [InlineData(72 * 60, ReturnInterviewOutcome.Completed, "met")]
    [InlineData(72 * 60 + 1, ReturnInterviewOutcome.Completed, "late")]
    [InlineData(60, ReturnInterviewOutcome.Declined, "met")]
    public async Task A_return_interview_is_due_within_72_hours_of_the_return(int minutes, ReturnInterviewOutcome outcome, string status)
    {
        var child = JourneyApi.NewChildId();
        var returned = At("2026-10-23T20:00:00+01:00"); // the clocks go back inside the 72 hours: real hours count
        await Append(child, Contact("2026-10-20T09:00:00+01:00"),
            new MissingEpisodeStarted(1, At("2026-10-22T20:00:00+01:00")), new ReturnedFromMissing(1, returned),
            new ReturnInterviewRecorded(1, returned.AddMinutes(minutes), outcome));

        (await Row(child, "return-interview", Later)).Status.ShouldBe(status);
    }

    [Fact]
    public async Task Care_entered_before_the_2011_regulations_starts_only_the_clocks_whose_rules_were_in_force()
    {
        var child = JourneyApi.NewChildId();
        // The first looked-after review rule runs from 1 April 2011; the health assessment and care plan rules from 2010.
        await Append(child, Contact("2011-03-30T09:00:00+01:00"), new EnteredCare(1, At("2011-03-31T10:00:00+01:00"), "V2", false, false));
        (await Rows(child, Later)).Select(r => r.Measure).ShouldBe(["care-plan", "initial-health-assessment"], ignoreOrder: true);

        var other = JourneyApi.NewChildId();
        await Append(other, Contact("2011-03-30T09:00:00+01:00"), new EnteredCare(1, At("2011-04-01T10:00:00+01:00"), "V2", false, false));
        (await Rows(other, Later)).Select(r => r.Measure).ShouldContain("first-looked-after-review");
    }

    [Fact]
    public async Task An_interview_only_offered_leaves_the_clock_running()
    {
        var child = JourneyApi.NewChildId();
        await Append(child, Contact("2026-10-20T09:00:00+01:00"),
            new MissingEpisodeStarted(1, At("2026-10-22T20:00:00+01:00")), new ReturnedFromMissing(1, At("2026-10-23T20:00:00+01:00")),
            new ReturnInterviewRecorded(1, At("2026-10-24T10:00:00+01:00"), ReturnInterviewOutcome.Offered));

        (await Row(child, "return-interview", Later)).Status.ShouldBe("open-overdue");
    }

    [Theory]
    // Entered care Monday 1 June 2026: 2-5 (4), 8-12 (9), 15-19 (14), 22-26 (19), 29 June (20).
    [InlineData("2026-06-29T15:00:00+01:00", "met")]
    [InlineData("2026-06-30T09:00:00+01:00", "late")]
    public async Task The_initial_health_assessment_is_due_on_the_20th_working_day_of_care(string assessedAt, string status)
    {
        var child = JourneyApi.NewChildId();
        await Append(child, Contact("2026-06-01T09:00:00+01:00"),
            new EnteredCare(1, At("2026-06-01T10:00:00+01:00"), "V2", false, false),
            new HealthAssessmentCompleted(1, At(assessedAt), HealthAssessmentKind.Initial));

        var row = await Row(child, "initial-health-assessment", Later);
        row.DueDate.ShouldBe(new DateOnly(2026, 6, 29));
        row.Status.ShouldBe(status);
    }

    [Fact]
    public async Task Care_clocks_not_stopped_before_the_child_leaves_care_are_no_longer_due()
    {
        var child = JourneyApi.NewChildId();
        await Append(child, Contact("2026-06-01T09:00:00+01:00"),
            new EnteredCare(1, At("2026-06-01T10:00:00+01:00"), "V2", false, false),
            new CarePlanRecorded(1, At("2026-06-05T10:00:00+01:00")),
            new LeftCare(1, At("2026-06-08T10:00:00+01:00"), "E13"));

        var measures = (await Rows(child, Later)).Select(r => r.Measure).ToArray();
        measures.ShouldBe(["care-plan"]);
        (await Rows(child, At("2026-06-07T00:00:00Z"))).Select(r => r.Measure).ShouldBe(["care-plan", "first-looked-after-review", "initial-health-assessment"], ignoreOrder: true);
    }

    [Theory]
    // Calendar months: a plan from 14 January 2026 has its first review due on 14 April.
    [InlineData("2026-04-14T10:00:00+01:00", "met")]
    [InlineData("2026-04-15T10:00:00+01:00", "late")]
    public async Task The_first_review_conference_is_due_three_calendar_months_after_the_plan_began(string reviewedAt, string status)
    {
        var child = JourneyApi.NewChildId();
        await AppendPlan(child, At("2026-01-14T10:00:00+00:00"));
        await Append(child, new ReviewConferenceHeld(1, At(reviewedAt), true));

        var row = await Row(child, "first-review-conference", Later);
        row.DueDate.ShouldBe(new DateOnly(2026, 4, 14));
        row.Status.ShouldBe(status);
        row.Elapsed.ShouldBe((decimal)(DateOnly.FromDateTime(At(reviewedAt).Date).DayNumber - new DateOnly(2026, 1, 14).DayNumber));
    }

    [Fact]
    public async Task The_first_core_group_is_the_first_one_and_a_plan_that_ends_owes_no_review()
    {
        var child = JourneyApi.NewChildId();
        // Plan from Monday 2 March 2026: 3-6 (4), 9-13 (9), 16 March (10).
        await AppendPlan(child, At("2026-03-02T10:00:00+00:00"));
        await Append(child,
            new CoreGroupHeld(1, At("2026-03-16T10:00:00+00:00")),
            new CoreGroupHeld(1, At("2026-03-30T10:00:00+01:00")),
            new ProtectionPlanEnded(1, At("2026-04-20T10:00:00+01:00"), "Risk reduced"));

        var coreGroup = await Row(child, "first-core-group", Later);
        coreGroup.DueDate.ShouldBe(new DateOnly(2026, 3, 16));
        coreGroup.ActualDate.ShouldBe(new DateOnly(2026, 3, 16));
        coreGroup.Status.ShouldBe("met");
        (await Rows(child, Later)).Select(r => r.Measure).ShouldNotContain("first-review-conference");
        (await Row(child, "first-review-conference", At("2026-04-01T00:00:00Z"))).Status.ShouldBe("open-in-time");
    }

    [Theory]
    // Referral Monday 2 March 2026: 3-6 (4), 9 March (5).
    [InlineData("2026-03-09T16:00:00+00:00", "met")]
    [InlineData("2026-03-10T09:00:00+00:00", "late")]
    public async Task A_referred_case_is_allocated_within_5_working_days(string allocatedAt, string status)
    {
        var child = JourneyApi.NewChildId();
        await AppendReferral(child);
        await Append(child, new CaseAllocated(At(allocatedAt), "Team A", "Sam"), new CaseAllocated(At("2026-04-01T09:00:00+01:00"), "Team B", "Jo"));

        var row = await AllocationRow(child, Later);
        (row.DueDate, row.ActualDate, row.Status).ShouldBe((new DateOnly(2026, 3, 9), DateOnly.FromDateTime(At(allocatedAt).Date), status));
    }

    [Fact]
    public async Task An_unallocated_case_is_overdue_until_allocated_or_closed()
    {
        var child = JourneyApi.NewChildId();
        await AppendReferral(child);
        (await AllocationRow(child, At("2026-03-20T00:00:00Z"))).Status.ShouldBe("open-overdue");

        await Append(child, new Journey.Domain.Closure.CaseClosed(At("2026-03-25T10:00:00+00:00"), "RC8"));
        (await AllocationRow(child, At("2026-03-20T00:00:00Z"))).Status.ShouldBe("open-overdue");
        (await Rows(child, Later)).ShouldNotContain(r => r.Measure == "allocation");
    }

    [Fact]
    public async Task Care_proceedings_are_due_in_26_weeks_plus_extensions_as_granted_corrected_or_withdrawn()
    {
        var child = JourneyApi.NewChildId();
        var extension = new ProceedingsExtended(1, At("2026-06-01T10:00:00+01:00"), 8);
        await Append(child, Contact("2026-01-02T09:00:00+00:00"),
            new CareProceedingsIssued(1, At("2026-01-05T10:00:00+00:00"), false),   // version 2: 26 weeks beginning with Monday 5 January end Sunday 5 July 2026
            extension,                                                                 // version 3: due 30 August
            new FinalOrderMade(1, At("2026-08-28T10:00:00+01:00"), FinalOrder.SupervisionOrder));
        var row = await Row(child, "care-proceedings", Later);
        (row.DueDate, row.Status).ShouldBe((new DateOnly(2026, 8, 30), "met"));

        var shorter = extension with { Weeks = 4 };
        await Append(child, new Journey.Domain.Corrections.EventCorrected(3, extension, shorter, "Four weeks granted", DateTimeOffset.UtcNow));
        (await Row(child, "care-proceedings", Later)).DueDate.ShouldBe(new DateOnly(2026, 8, 2));

        var issued = new CareProceedingsIssued(1, At("2026-01-05T10:00:00+00:00"), false);
        await Append(child, new Journey.Domain.Corrections.EventCorrected(2, issued, issued with { OccurredAt = At("2026-02-02T10:00:00+00:00") }, "Issued later", DateTimeOffset.UtcNow));
        (await Row(child, "care-proceedings", Later)).DueDate.ShouldBe(new DateOnly(2026, 8, 30)); // 2 August + 28 days, the extension kept

        await Append(child, new Journey.Domain.Corrections.EventWithdrawn(3, shorter, "Not granted after all", DateTimeOffset.UtcNow));
        var withdrawn = await Row(child, "care-proceedings", Later);
        (withdrawn.DueDate, withdrawn.Status).ShouldBe((new DateOnly(2026, 8, 2), "late"));
    }

    [Theory]
    // Pre-proceedings from Monday 5 January 2026 are due to conclude within 16 weeks: 27 April.
    [InlineData("2026-04-27T15:00:00+01:00", "met")]
    [InlineData("2026-04-28T09:00:00+01:00", "late")]
    public async Task Pre_proceedings_drift_past_16_weeks(string concludedAt, string status)
    {
        var child = JourneyApi.NewChildId();
        await AppendReferral(child);
        await Append(child, new Journey.Domain.PreProceedings.PreProceedingsEntered(1, At("2026-01-05T10:00:00+00:00")),
            new Journey.Domain.PreProceedings.PreProceedingsConcluded(1, At(concludedAt), Journey.Domain.PreProceedings.PreProceedingsOutcome.SteppedDown));

        var row = await Row(child, "pre-proceedings", Later);
        (row.DueDate, row.Status).ShouldBe((new DateOnly(2026, 4, 27), status));
    }

    private async Task AppendReferral(string child) =>
        await Append(child, Contact("2026-03-02T09:00:00+00:00"),
            new FrontDoorDecisionMade(1, At("2026-03-02T10:00:00+00:00"), FrontDoorOutcome.ReferralForAssessment, "r", "m"),
            new ReferralAccepted(1, 1, At("2026-03-02T10:05:00+00:00"), null));

    private async Task<MeasureSql> AllocationRow(string child, DateTimeOffset asAt) =>
        (await Rows(child, asAt)).Single(r => r.Measure == "allocation");

    private async Task AppendPlan(string child, DateTimeOffset conferenceAt) =>
        await Append(child, Contact(conferenceAt.AddDays(-20).ToString("O")),
            new StrategyDiscussionHeld(1, conferenceAt.AddDays(-14), true, null),
            new Section47Started(1, 1, conferenceAt.AddDays(-14)),
            new Section47Concluded(1, conferenceAt.AddDays(-2), Section47Outcome.InitialConference),
            new InitialConferenceHeld(1, 1, conferenceAt, true, "NEG"),
            new ProtectionPlanStarted(1, 1, conferenceAt, "NEG"));

    private async Task Append(string child, params IJourneyEvent[] events)
    {
        await using var session = host.Store.LightweightSession();
        session.Events.Append(child, events.Cast<object>().ToArray());
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private async Task<MeasureSql> Row(string child, string measure, DateTimeOffset asAt) =>
        (await Rows(child, asAt)).Single(r => r.Measure == measure);

    private async Task<List<MeasureSql>> Rows(string child, DateTimeOffset asAt)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT measure, due_date, actual_date, elapsed, status FROM journey.measures_as_at(@at) " +
            "WHERE child_id = @child AND measure NOT IN ('front-door-decision', 'contact-decision-24h', 'initial-conference')",
            connection);
        command.Parameters.AddWithValue("at", asAt.ToUniversalTime());
        command.Parameters.AddWithValue("child", child);
        var rows = new List<MeasureSql>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            rows.Add(new MeasureSql(reader.GetString(0), reader.GetFieldValue<DateOnly>(1),
                reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2), reader.GetDecimal(3), reader.GetString(4)));
        return rows;
    }

    private sealed record MeasureSql(string Measure, DateOnly DueDate, DateOnly? ActualDate, decimal Elapsed, string Status);
}
