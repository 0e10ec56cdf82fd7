using Journey.Domain.Children;
using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.LeavingCare;
using Journey.Domain.LookedAfter;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Measures;

/// <summary>
/// SSDA903 OC3: for each care leaver's 17th to 21st birthday, whether the authority was in touch from
/// 3 months before to 1 month after it, with the activity and accommodation of the nearest contact.
/// </summary>
public sealed class CareLeaverInTouchTests(JourneyHost host)
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);
    private static ContactReceived Contact(string at) => new(1, At(at), "6", "c", ConsentStatus.NotRequired, null, false);
    private static ChildDetailsRecorded Born(string dateOfBirth) => new(At("2019-12-02T10:00:00Z"), DateOnly.Parse(dateOfBirth), null, "F", "BCRB");
    private static CareLeaverContactMade Touch(string at, string code, string? activity = null, string? accommodation = null) =>
        new(At(at), code, activity, accommodation, accommodation is null ? null : true);

    [Fact]
    public async Task In_touch_around_each_birthday_from_the_nearest_contact_in_the_window()
    {
        var child = JourneyApi.NewChildId();
        var born = Born("2008-03-10"); // 16 on 10 March 2024, 17 on Monday 10 March 2025, 18 on Tuesday 10 March 2026
        await Append(child, Contact("2019-12-01T09:00:00Z"), born,
            new EnteredCare(1, At("2020-01-06T12:00:00Z"), "C2", false, false),
            new LeftCare(1, At("2025-01-20T12:00:00Z"), "E11"),
            // 17th: window 10 December 2024 to 10 April 2025. Not in touch 5 days before; in touch 30 days after.
            Touch("2025-03-05T10:00:00Z", "NO"),
            Touch("2025-04-09T10:00:00+01:00", "YES", "F2", "B"),
            // 18th: window 10 December 2025 to 10 April 2026. In touch a day before it opens and a day after it
            // closes: neither counts; within it only a refusal.
            Touch("2025-12-09T10:00:00Z", "YES", "F4", "U"),
            Touch("2026-03-01T10:00:00Z", "REFU"),
            Touch("2026-04-11T10:00:00+01:00", "YES", "F4", "U"));

        (await Rows(child, "2025-03-09")).ShouldBeEmpty();
        (await Rows(child, "2026-04-05")).ShouldBe([
            "17:2025-03-10:2024-12-10:2025-04-10:true:YES:F2:B",
            "18:2026-03-10:2025-12-10:2026-04-10::REFU::"]);
        (await Rows(child, "2026-04-11")).Last().ShouldBe("18:2026-03-10:2025-12-10:2026-04-10:false:REFU::");

        // The date of birth corrected (v3) to 20 April 2008: the birthdays and windows move, and the April 2026 contact now counts.
        await Append(child, new EventCorrected(2, born, born with { DateOfBirth = DateOnly.Parse("2008-04-20") }, "From the passport", DateTimeOffset.UtcNow));
        (await Rows(child, "2026-06-01")).ShouldBe([
            "17:2025-04-20:2025-01-20:2025-05-20:true:YES:F2:B",
            "18:2026-04-20:2026-01-20:2026-05-20:true:YES:F4:U"]);
    }

    [Fact]
    public async Task Only_a_young_person_who_left_care_at_16_or_later_and_not_looked_after_on_the_birthday_is_reported()
    {
        var stillInCareAt17 = JourneyApi.NewChildId();
        var leftBefore16 = JourneyApi.NewChildId();
        await Append(stillInCareAt17, Contact("2021-12-01T09:00:00Z"), Born("2008-06-01"),
            new EnteredCare(1, At("2022-01-10T12:00:00Z"), "C2", false, false),
            new LeftCare(1, At("2025-07-01T12:00:00+01:00"), "E11"));
        await Append(leftBefore16, Contact("2019-12-01T09:00:00Z"), Born("2008-06-01"),
            new EnteredCare(1, At("2020-01-06T12:00:00Z"), "C2", false, false),
            new LeftCare(1, At("2024-01-01T12:00:00Z"), "E11"));

        // 17 on 1 June 2025 while still looked after: not a care leaver then. 18 on 1 June 2026: no contact by 1 July, not in touch.
        (await Rows(stillInCareAt17, "2026-07-15")).ShouldBe(["18:2026-06-01:2026-03-01:2026-07-01:false:::"]);
        (await Rows(leftBefore16, "2026-07-15")).ShouldBeEmpty();

        var csv = await (await host.ClientFor("analyst.kim").GetAsync($"/api/care-leavers/in-touch.csv?childId={stillInCareAt17}&asAt=2026-07-15",
            TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        csv.ShouldBe("child_id,age,birthday,window_from,window_to,in_touch,in_touch_code,activity,accommodation,accommodation_suitable,contacted_at\r\n" +
                     $"{stillInCareAt17},18,2026-06-01,2026-03-01,2026-07-01,false,,,,,\r\n");
    }

    [Fact]
    public async Task A_29_February_birthday_is_28_February_and_the_window_ends_on_its_last_day()
    {
        // 17 on Friday 28 February 2025: the window runs 28 November 2024 to 28 March 2025.
        var onLastDay = JourneyApi.NewChildId();
        var dayAfter = JourneyApi.NewChildId();
        foreach (var (child, contacted) in new[] { (onLastDay, "2025-03-28T18:00:00Z"), (dayAfter, "2025-03-29T10:00:00Z") })
            await Append(child, Contact("2019-12-01T09:00:00Z"), Born("2008-02-29"),
                new EnteredCare(1, At("2020-01-06T12:00:00Z"), "C2", false, false),
                new LeftCare(1, At("2024-06-01T12:00:00+01:00"), "E11"),
                Touch(contacted, "RHOM", "G5", "B"));

        (await Rows(onLastDay, "2025-06-01")).ShouldBe(["17:2025-02-28:2024-11-28:2025-03-28:true:RHOM:G5:B"]);
        (await Rows(dayAfter, "2025-06-01")).ShouldBe(["17:2025-02-28:2024-11-28:2025-03-28:false:::"]);
        (await Rows(dayAfter, "2025-03-28")).ShouldBe(["17:2025-02-28:2024-11-28:2025-03-28::::"]);
    }

    private async Task<string[]> Rows(string child, string asAt) =>
        (await host.ClientFor("analyst.kim").GetArray($"/api/care-leavers/in-touch?childId={child}&asAt={asAt}"))
        .Select(r => $"{r!["age"]}:{r["birthday"]}:{r["windowFrom"]}:{r["windowTo"]}:{r["inTouch"]}:{r["inTouchCode"]}:{r["activity"]}:{r["accommodation"]}")
        .ToArray();

    private async Task Append(string child, params IJourneyEvent[] events)
    {
        await using var session = host.Store.LightweightSession();
        session.Events.Append(child, events.Cast<object>().ToArray());
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
