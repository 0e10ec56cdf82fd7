using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.PreProceedings;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Measures;

/// <summary>Pre-proceedings episodes: duration in days, letter before proceedings to the first meeting, drift.</summary>
public sealed class PreProceedingsSummaryTests(JourneyHost host)
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);

    [Fact]
    public async Task Duration_and_letter_to_first_meeting_in_days_as_they_stood()
    {
        var child = JourneyApi.NewChildId();
        var letter = new LetterBeforeProceedingsSent(1, At("2026-01-09T12:00:00Z"));
        var initial = new PreProceedingsMeetingHeld(1, At("2026-01-22T10:00:00Z"), true);
        await Append(child,
            new ContactReceived(1, At("2025-12-01T09:00:00Z"), "6", "c", ConsentStatus.NotRequired, null, false),
            new PreProceedingsEntered(1, At("2026-01-05T10:00:00Z")),      // Mon 5 January: drift due 27 April (16 weeks)
            letter,                                                         // v3, Fri 9 January
            initial,                                                        // v4, Thu 22 January: 13 days after the letter
            new PreProceedingsMeetingHeld(1, At("2026-03-05T10:00:00Z"), false),
            new PreProceedingsConcluded(1, At("2026-04-27T15:00:00+01:00"), PreProceedingsOutcome.SteppedDown)); // day 112, the due date
        var analyst = host.ClientFor("analyst.kim");
        async Task<string> Episode(string asAt) => (await analyst.GetArray($"/api/pre-proceedings?childId={child}&asAt={asAt}"))
            .Select(r => $"{r!["durationDays"]}|{r["letterToMeetingDays"]}|{r["reviewMeetings"]}|{r["letterToMeetingStatus"]}|{r["driftDueDate"]}|{r["driftStatus"]}")
            .ShouldHaveSingleItem();

        (await Episode("2026-01-20")).ShouldBe("15||0||2026-04-27|open-in-time");
        (await Episode("2026-05-01")).ShouldBe("112|13|1||2026-04-27|met");

        // The drift clock reports its elapsed time in days too.
        var drift = (await analyst.GetArray($"/api/measures?childId={child}&measure=pre-proceedings&asAt=2026-05-01")).ShouldHaveSingleItem();
        ((decimal)drift!["elapsed"]!).ShouldBe(112m);

        await Append(child, new EventCorrected(4, initial, initial with { OccurredAt = At("2026-01-19T10:00:00Z") }, "Wrong date", DateTimeOffset.UtcNow));
        (await Episode("2026-05-01")).ShouldBe("112|10|1||2026-04-27|met");

        await Append(child, new EventWithdrawn(3, letter, "Sent to the wrong address", DateTimeOffset.UtcNow));
        (await Episode("2026-05-01")).ShouldBe("112||1||2026-04-27|met");

        var csv = await analyst.GetStringAsync($"/api/pre-proceedings.csv?childId={child}&asAt=2026-05-01", TestContext.Current.CancellationToken);
        csv.ShouldBe("child_id,pre_proceedings_number,entered_at,concluded_at,duration_days,letter_sent_at,first_meeting_at,letter_to_meeting_days,"
                     + "review_meetings,letter_to_meeting_rule_id,letter_to_meeting_due_date,letter_to_meeting_status,drift_rule_id,drift_due_date,drift_status\r\n"
                     + $"{child},1,2026-01-05T10:00:00Z,2026-04-27T14:00:00Z,112,,2026-01-19T10:00:00Z,,1,,,,pre-proceedings-16w,2026-04-27,met\r\n");
    }

    private async Task Append(string child, params IJourneyEvent[] events)
    {
        await using var session = host.Store.LightweightSession();
        session.Events.Append(child, events.Cast<object>().ToArray());
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
