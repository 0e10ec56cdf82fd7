using JasperFx.Events;
using Journey.Domain.Children;
using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.LeavingCare;
using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;
using Journey.Domain.PreProceedings;
using Journey.IntegrationTests.Infrastructure;
using Npgsql;

namespace Journey.IntegrationTests.Measures;

/// <summary>
/// Placement stability, permanence plans, the pre-proceedings summary, care leavers in touch and
/// re-referrals as recorded: what a report run at a date knew. Each step is appended with the time
/// it was recorded (as an import keeps the source system's recordedAt); something that happened
/// before the date but was recorded after it is absent as recorded and present as occurred.
/// </summary>
public sealed class AsRecordedMeasureTests(JourneyHost host)
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);
    private static ContactReceived Contact(int number, string at) => new(number, At(at), "2A", "c", ConsentStatus.Given, null, false);
    private static PlacementStarted Placement(int number, string at, string type, string? reason) => new(number, 1, At(at), type, null, false, reason);

    [Fact]
    public async Task A_placement_move_recorded_late_changes_the_three_placements_flag_only_once_recorded()
    {
        var child = JourneyApi.NewChildId();
        await Append(child,
            (Contact(1, "2023-07-03T09:00:00+01:00"), "2023-07-03T09:30:00+01:00"),
            (new EnteredCare(1, At("2023-07-03T10:00:00+01:00"), "C2", false, false), "2023-07-03T12:00:00+01:00"),
            (Placement(1, "2023-07-03T11:00:00+01:00", "U6", null), "2023-07-03T12:00:00+01:00"),
            (Placement(2, "2025-06-02T11:00:00+01:00", "U6", "CARPL"), "2025-06-02T15:00:00+01:00"),
            // Moved on Monday 2 March 2026, recorded on Friday 20 March.
            (Placement(3, "2026-03-02T11:00:00Z", "U6", "CARPL"), "2026-03-20T10:00:00Z"));

        // At 10 March 2026 the 12 months run from 11 March 2025: placement 1 was current then (it ended
        // on 2 June 2025) and placements 2 and 3 began within them. As recorded, placement 3 was not
        // known and placement 2 was still going: two placements, with that carer since 2 June 2025.
        (await Stability(child, "2026-03-10", asRecorded: false)).ShouldBe("3:True:3:2026-03-02");
        (await Stability(child, "2026-03-10", asRecorded: true)).ShouldBe("2:False:2:2025-06-02");
        (await Stability(child, "2026-03-19", asRecorded: true)).ShouldBe("2:False:2:2025-06-02");
        (await Stability(child, "2026-03-20", asRecorded: true)).ShouldBe("3:True:3:2026-03-02");

        // A correction of the move's date keeps the time it was first recorded.
        var move = Placement(3, "2026-03-02T11:00:00Z", "U6", "CARPL");
        await Append(child, (new EventCorrected(5, move, move with { OccurredAt = At("2026-03-03T11:00:00Z") }, "Moved a day later", DateTimeOffset.UtcNow),
            DateTimeOffset.UtcNow.ToString("O")));
        (await Stability(child, "2026-03-19", asRecorded: true)).ShouldBe("2:False:2:2025-06-02");
        (await Stability(child, "2026-03-20", asRecorded: true)).ShouldBe("3:True:3:2026-03-03");

        // The one-argument SQL function is the as-occurred view.
        (await Scalar($"SELECT count(*) FROM journey.placement_stability_as_at('2026-03-10 23:59:59 Europe/London') WHERE child_id = '{child}' AND three_or_more_placements"))
            .ShouldBe(1L);
    }

    [Fact]
    public async Task A_placement_for_adoption_and_a_date_of_birth_count_for_long_term_stability_once_recorded()
    {
        var child = JourneyApi.NewChildId();
        await Append(child,
            (Contact(1, "2023-07-01T09:00:00+01:00"), "2023-07-01T09:30:00+01:00"),
            // 16 on Tuesday 31 March 2026, recorded only on 2 April.
            (new ChildDetailsRecorded(At("2023-07-01T09:30:00+01:00"), DateOnly.Parse("2010-03-31"), null, "F", "WBRI"), "2026-04-02T10:00:00+01:00"),
            (new EnteredCare(1, At("2023-07-01T10:00:00+01:00"), "C2", true, false), "2023-07-01T12:00:00+01:00"),
            (Placement(1, "2023-07-01T11:00:00+01:00", "U6", null), "2023-07-01T12:00:00+01:00"),
            (Placement(2, "2025-06-02T11:00:00+01:00", "A6", "CARPL"), "2025-06-02T15:00:00+01:00"),
            // Placed for adoption on 2 June 2025, recorded on 15 January 2026.
            (new AdoptionStepTaken(1, At("2025-06-02T12:00:00+01:00"), AdoptionStep.Placed), "2026-01-15T10:00:00Z"));
        var analyst = host.ClientFor("analyst.kim");
        async Task<string> LongTerm(string asAt, bool asRecorded)
        {
            var row = (await analyst.GetArray($"/api/looked-after/placement-stability?childId={child}&asAt={asAt}&asRecorded={asRecorded}")).Single()!;
            return $"{row["lookedAfterLongTerm"]}:{row["placedForAdoptionTwoYears"]}:{row["underSixteen"]}:{row["longTermStable"]}";
        }

        // 2.5 years after 1 July 2023 is 1 January 2026; the adoptive placement and the one before it
        // began on 1 July 2023, two years before. As recorded on 5 January the placement for adoption was not known.
        (await LongTerm("2026-01-05", asRecorded: false)).ShouldBe("true:true:true:true");
        (await LongTerm("2026-01-05", asRecorded: true)).ShouldBe("true:false::false");
        (await LongTerm("2026-01-15", asRecorded: true)).ShouldBe("true:true::true");
        // On 31 March 2026 the child was 16: as occurred no longer counted; as recorded no date of birth was known yet.
        (await LongTerm("2026-03-31", asRecorded: false)).ShouldBe("true:true:false:false");
        (await LongTerm("2026-03-31", asRecorded: true)).ShouldBe("true:true::true");
    }

    [Fact]
    public async Task A_child_back_in_care_before_leaving_the_last_period_was_recorded_counts_once_in_the_later_period()
    {
        var child = JourneyApi.NewChildId();
        await Append(child,
            (Contact(1, "2025-01-06T09:00:00Z"), "2025-01-06T09:30:00Z"),
            (new EnteredCare(1, At("2025-01-06T10:00:00Z"), "V2", false, false), "2025-01-06T12:00:00Z"),
            (new PlacementStarted(1, 1, At("2025-01-06T11:00:00Z"), "U6", null, false, null), "2025-01-06T12:00:00Z"),
            // Left care on 2 June 2025, recorded only on 1 September; back in care on 4 August, recorded that day.
            (new LeftCare(1, At("2025-06-02T12:00:00+01:00"), "E13"), "2025-09-01T10:00:00+01:00"),
            (new EnteredCare(2, At("2025-08-04T10:00:00+01:00"), "V2", false, false), "2025-08-04T12:00:00+01:00"),
            (new PlacementStarted(2, 2, At("2025-08-04T11:00:00+01:00"), "U6", null, false, null), "2025-08-04T12:00:00+01:00"));
        var analyst = host.ClientFor("analyst.kim");
        async Task<string> Row(string asAt, bool asRecorded)
        {
            var row = (await analyst.GetArray($"/api/looked-after/placement-stability?childId={child}&asAt={asAt}&asRecorded={asRecorded}")).Single()!;
            return $"{row["careEpisodeNumber"]}:{row["placementNumber"]}";
        }

        // As recorded on 1 August the first period was still open; from 4 August the child is in the second.
        (await Row("2025-08-01", asRecorded: true)).ShouldBe("1:1");
        (await analyst.GetArray($"/api/looked-after/placement-stability?childId={child}&asAt=2025-08-01")).ShouldBeEmpty();
        (await Row("2025-08-10", asRecorded: false)).ShouldBe("2:2");
        (await Row("2025-08-10", asRecorded: true)).ShouldBe("2:2");
    }

    [Fact]
    public async Task A_permanence_plan_recorded_after_the_second_review_is_open_overdue_until_recorded()
    {
        var child = JourneyApi.NewChildId();
        var plan = new PermanencePlanMade(1, At("2026-04-20T10:00:00+01:00"), PermanencePlanKind.Adoption, true);
        await Append(child,
            (Contact(1, "2026-01-05T09:00:00Z"), "2026-01-05T09:30:00Z"),
            (new EnteredCare(1, At("2026-01-05T10:00:00Z"), "C2", false, false), "2026-01-05T12:00:00Z"),
            (new LookedAfterReviewHeld(1, At("2026-01-30T10:00:00Z"), "PN1"), "2026-01-30T15:00:00Z"),
            // Ratified on Monday 20 April, recorded on Wednesday 6 May; the second review held on Tuesday 28 April, recorded that day.
            (plan, "2026-05-06T10:00:00+01:00"),                                                            // v4
            (new LookedAfterReviewHeld(1, At("2026-04-28T10:00:00+01:00"), "PN1"), "2026-04-28T16:00:00+01:00"));
        var analyst = host.ClientFor("analyst.kim");
        async Task<string> Plan(string asAt, bool asRecorded)
        {
            var row = (await analyst.GetArray($"/api/looked-after/permanence-plans?childId={child}&asAt={asAt}&asRecorded={asRecorded}")).Single()!;
            return $"{row["secondReviewAt"]?.GetValue<DateTimeOffset>():yyyy-MM-dd}:{row["planMadeAt"]?.GetValue<DateTimeOffset>():yyyy-MM-dd}:{row["status"]}";
        }

        (await Plan("2026-04-27", asRecorded: false)).ShouldBe(":2026-04-20:met");
        (await Plan("2026-04-27", asRecorded: true)).ShouldBe("::open-in-time");
        (await Plan("2026-05-01", asRecorded: false)).ShouldBe("2026-04-28:2026-04-20:met");
        (await Plan("2026-05-01", asRecorded: true)).ShouldBe("2026-04-28::open-overdue");
        (await Plan("2026-05-05", asRecorded: true)).ShouldBe("2026-04-28::open-overdue");
        // Once recorded it shows as it was made: before the second review.
        (await Plan("2026-05-06", asRecorded: true)).ShouldBe("2026-04-28:2026-04-20:met");

        // Corrected to the day after the review: late, and still known only from 6 May.
        await Append(child, (new EventCorrected(4, plan, plan with { OccurredAt = At("2026-04-29T10:00:00+01:00") }, "Ratified a day later", DateTimeOffset.UtcNow),
            DateTimeOffset.UtcNow.ToString("O")));
        (await Plan("2026-05-05", asRecorded: true)).ShouldBe("2026-04-28::open-overdue");
        (await Plan("2026-05-06", asRecorded: true)).ShouldBe("2026-04-28:2026-04-29:late");
    }

    [Fact]
    public async Task A_pre_proceedings_conclusion_recorded_late_leaves_the_episode_open_and_drifting_until_recorded()
    {
        var child = JourneyApi.NewChildId();
        await Append(child,
            (Contact(1, "2025-12-01T09:00:00Z"), "2025-12-01T09:30:00Z"),
            // Monday 5 January 2026: drift due 16 weeks on, Monday 27 April.
            (new PreProceedingsEntered(1, At("2026-01-05T10:00:00Z")), "2026-01-05T12:00:00Z"),
            (new LetterBeforeProceedingsSent(1, At("2026-01-09T12:00:00Z")), "2026-01-09T13:00:00Z"),
            // The initial meeting on Thursday 22 January, recorded on Thursday 29 January.
            (new PreProceedingsMeetingHeld(1, At("2026-01-22T10:00:00Z"), true), "2026-01-29T10:00:00Z"),
            // Concluded on Friday 24 April (day 109), recorded on Tuesday 5 May.
            (new PreProceedingsConcluded(1, At("2026-04-24T15:00:00+01:00"), PreProceedingsOutcome.SteppedDown), "2026-05-05T10:00:00+01:00"));
        var analyst = host.ClientFor("analyst.kim");
        async Task<string> Episode(string asAt, bool asRecorded) =>
            (await analyst.GetArray($"/api/pre-proceedings?childId={child}&asAt={asAt}&asRecorded={asRecorded}"))
            .Select(r => $"{r!["concludedAt"]?.GetValue<DateTimeOffset>():yyyy-MM-dd}|{r["durationDays"]}|{r["letterToMeetingDays"]}|{r["driftDueDate"]}|{r["driftStatus"]}")
            .ShouldHaveSingleItem();

        // 26 January: the meeting 13 days after the letter, but not yet recorded.
        (await Episode("2026-01-26", asRecorded: false)).ShouldBe("|21|13|2026-04-27|open-in-time");
        (await Episode("2026-01-26", asRecorded: true)).ShouldBe("|21||2026-04-27|open-in-time");
        // 30 April: concluded on day 109 as occurred; as recorded still open on day 115 and past the drift date.
        (await Episode("2026-04-30", asRecorded: false)).ShouldBe("2026-04-24|109|13|2026-04-27|met");
        (await Episode("2026-04-30", asRecorded: true)).ShouldBe("|115|13|2026-04-27|open-overdue");
        (await Episode("2026-05-05", asRecorded: true)).ShouldBe("2026-04-24|109|13|2026-04-27|met");
        (await analyst.GetArray($"/api/pre-proceedings?childId={child}&asAt=2026-01-04&asRecorded=true")).ShouldBeEmpty();
        var csv = await analyst.GetStringAsync($"/api/pre-proceedings.csv?childId={child}&asAt=2026-04-30&asRecorded=true", TestContext.Current.CancellationToken);
        csv.ShouldEndWith($"{child},1,2026-01-05T10:00:00Z,,115,2026-01-09T12:00:00Z,2026-01-22T10:00:00Z,13,0,,,,pre-proceedings-16w,2026-04-27,open-overdue\r\n");
    }

    [Fact]
    public async Task A_care_leaver_contact_recorded_after_the_birthday_window_leaves_the_birthday_not_in_touch_until_recorded()
    {
        var child = JourneyApi.NewChildId();
        await Append(child,
            (Contact(1, "2019-12-01T09:00:00Z"), "2019-12-01T09:30:00Z"),
            // 16 on 10 March 2024, 17 on Monday 10 March 2025: the window runs 10 December 2024 to 10 April 2025.
            (new ChildDetailsRecorded(At("2019-12-02T10:00:00Z"), DateOnly.Parse("2008-03-10"), null, "F", "BCRB"), "2019-12-02T10:30:00Z"),
            (new EnteredCare(1, At("2020-01-06T12:00:00Z"), "C2", false, false), "2020-01-06T14:00:00Z"),
            // Left care on 20 January 2025, recorded on 3 March.
            (new LeftCare(1, At("2025-01-20T12:00:00Z"), "E11"), "2025-03-03T10:00:00Z"),
            // In touch on 9 April 2025, the day before the window closed; recorded on 25 April.
            (new CareLeaverContactMade(At("2025-04-09T10:00:00+01:00"), "YES", "F2", "B", true), "2025-04-25T10:00:00+01:00"));
        var analyst = host.ClientFor("analyst.kim");
        async Task<string[]> Rows(string asAt, bool asRecorded) =>
            (await analyst.GetArray($"/api/care-leavers/in-touch?childId={child}&asAt={asAt}&asRecorded={asRecorded}"))
            .Select(r => $"{r!["age"]}:{r["birthday"]}:{r["inTouch"]}:{r["inTouchCode"]}").ToArray();

        // On the birthday the window is still open: in touch not yet known either way.
        (await Rows("2025-03-10", asRecorded: false)).ShouldBe(["17:2025-03-10::"]);
        (await Rows("2025-03-10", asRecorded: true)).ShouldBe(["17:2025-03-10::"]);
        // The window closed on 10 April; the contact was known only from 25 April.
        (await Rows("2025-04-20", asRecorded: false)).ShouldBe(["17:2025-03-10:true:YES"]);
        (await Rows("2025-04-20", asRecorded: true)).ShouldBe(["17:2025-03-10:false:"]);
        (await Rows("2025-04-25", asRecorded: true)).ShouldBe(["17:2025-03-10:true:YES"]);
    }

    [Fact]
    public async Task Leaving_care_recorded_after_the_birthday_makes_a_care_leaver_only_once_recorded()
    {
        var child = JourneyApi.NewChildId();
        await Append(child,
            (Contact(1, "2019-12-01T09:00:00Z"), "2019-12-01T09:30:00Z"),
            (new ChildDetailsRecorded(At("2019-12-02T10:00:00Z"), DateOnly.Parse("2008-03-10"), null, "F", "BCRB"), "2019-12-02T10:30:00Z"),
            (new EnteredCare(1, At("2020-01-06T12:00:00Z"), "C2", false, false), "2020-01-06T14:00:00Z"),
            // Left care on 20 January 2025, recorded on 12 March, two days after the 17th birthday.
            (new LeftCare(1, At("2025-01-20T12:00:00Z"), "E11"), "2025-03-12T10:00:00Z"));
        var analyst = host.ClientFor("analyst.kim");
        async Task<int> Birthdays(string asAt, bool asRecorded) =>
            (await analyst.GetArray($"/api/care-leavers/in-touch?childId={child}&asAt={asAt}&asRecorded={asRecorded}")).Count;

        (await Birthdays("2025-03-11", asRecorded: false)).ShouldBe(1);
        (await Birthdays("2025-03-11", asRecorded: true)).ShouldBe(0);
        (await Birthdays("2025-03-12", asRecorded: true)).ShouldBe(1);
    }

    [Fact]
    public async Task A_referral_recorded_late_is_absent_and_the_next_one_is_not_yet_a_re_referral()
    {
        var child = JourneyApi.NewChildId();
        var second = new ReferralAccepted(2, 2, At("2026-01-09T10:00:00Z"), "N1");
        await Append(child,
            // The first referral, made on 10 January 2025, was migrated from the old system only on 1 February 2026.
            (Contact(1, "2025-01-10T08:00:00Z"), "2026-02-01T10:00:00Z"),
            (new FrontDoorDecisionMade(1, At("2025-01-10T09:00:00Z"), FrontDoorOutcome.ReferralForAssessment, "r", "m"), "2026-02-01T10:00:00Z"),
            (new ReferralAccepted(1, 1, At("2025-01-10T10:00:00Z"), "N1"), "2026-02-01T10:00:00Z"),
            // The second, within 12 months of the first, made on 9 January 2026 and recorded on 20 January.
            (Contact(2, "2026-01-09T08:00:00Z"), "2026-01-09T08:30:00Z"),
            (new FrontDoorDecisionMade(2, At("2026-01-09T09:00:00Z"), FrontDoorOutcome.ReferralForAssessment, "r", "m"), "2026-01-09T09:30:00Z"),
            (second, "2026-01-20T10:00:00Z"));                                                                                              // v6
        var analyst = host.ClientFor("analyst.kim");
        async Task<string[]> Referrals(string query) =>
            (await analyst.GetArray($"/api/referrals?childId={child}{query}")).Select(r => $"{r!["referralNumber"]}:{r["reReferral"]}").ToArray();

        (await Referrals("")).ShouldBe(["1:false", "2:true"]);
        (await Referrals("&asAt=2026-01-15")).ShouldBe(["1:false", "2:true"]);
        (await Referrals("&asAt=2026-01-15&asRecorded=true")).ShouldBeEmpty();
        (await Referrals("&asAt=2026-01-20&asRecorded=true")).ShouldBe(["2:false"]);
        (await Referrals("&asAt=2026-02-01&asRecorded=true")).ShouldBe(["1:false", "2:true"]);
        (await Referrals("&asRecorded=true")).ShouldBe(["1:false", "2:true"]);
        (await Referrals("&asAt=2025-06-30")).ShouldBe(["1:false"]);

        // A correction of the second's date keeps the time it was first recorded.
        await Append(child, (new EventCorrected(6, second, second with { OccurredAt = At("2026-01-08T10:00:00Z") }, "Accepted the day before", DateTimeOffset.UtcNow),
            DateTimeOffset.UtcNow.ToString("O")));
        (await Referrals("&asAt=2026-01-19&asRecorded=true")).ShouldBeEmpty();
        (await Referrals("&asAt=2026-01-20&asRecorded=true")).ShouldBe(["2:false"]);
        // The view and the one-argument function are as occurred.
        (await Scalar($"SELECT count(*) FROM journey.referrals_with_rereferral WHERE child_id = '{child}' AND re_referral")).ShouldBe(1L);
        (await Scalar($"SELECT count(*) FROM journey.referrals_as_at('2026-01-15 23:59:59 Europe/London') WHERE child_id = '{child}' AND re_referral"))
            .ShouldBe(1L);
    }

    private async Task<string> Stability(string child, string asAt, bool asRecorded)
    {
        var row = (await host.ClientFor("analyst.kim").GetArray(
            $"/api/looked-after/placement-stability?childId={child}&asAt={asAt}&asRecorded={asRecorded}")).Single()!;
        return $"{row["placementsInWindow"]}:{(row["threeOrMorePlacements"]!.GetValue<bool>() ? "True" : "False")}:" +
               $"{row["placementNumber"]}:{row["sameCarerSince"]!.GetValue<DateTimeOffset>():yyyy-MM-dd}";
    }

    /// <summary>Appends each event with the time it was recorded, as an import keeps the source system's recordedAt.</summary>
    private async Task Append(string child, params (IJourneyEvent Event, string RecordedAt)[] events)
    {
        await using var session = host.Store.LightweightSession();
        session.Events.Append(child, events.Select(e => (object)Wrap(e.Event).AtTimestamp(At(e.RecordedAt).ToUniversalTime())).ToArray());
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static IEvent Wrap(IJourneyEvent e) => (IEvent)Activator.CreateInstance(typeof(Event<>).MakeGenericType(e.GetType()), e)!;

    private async Task<long> Scalar(string sql)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
