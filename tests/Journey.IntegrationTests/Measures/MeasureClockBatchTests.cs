using Journey.Domain.Assessments;
using Journey.Domain.Closure;
using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.IntegrationTests.Daemon;
using Journey.Projections.Protection;
using Journey.Projections.Timeliness;

namespace Journey.IntegrationTests.Measures;

/// <summary>
/// The measure clocks are written in sets (decision 154): a batch's clock rows are read once, folded in memory and
/// written as the difference. Many children's clock-moving steps in one session, each with steps corrected and
/// withdrawn in the same session, give the rows of one session per event.
/// </summary>
[Collection(DaemonHost.Collection)]
public sealed class MeasureClockBatchTests(DaemonHost host)
{
    private static readonly DateTimeOffset T = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// A contact decided and referred twice, an allocation stopping both allocation clocks, corrected and later
    /// withdrawn, the second referral withdrawn; an enquiry with two discussions, the second corrected, and its
    /// conference corrected and withdrawn; the contact corrected to an earlier time; the case closed. Every kind of
    /// change but a move of the due date (its fold is tested in ClockFoldTests), in one stream.
    /// </summary>
    private static IJourneyEvent[] Journey(int n)
    {
        var contact = new ContactReceived(1, T, "2A", "c", ConsentStatus.Given, null, false);
        var second = new ReferralAccepted(2, 1, T.AddHours(5), "N2");
        var allocated = new CaseAllocated(T.AddDays(1), "Assessment Team North", $"sw.{n}");
        var allocatedLater = allocated with { OccurredAt = T.AddDays(2) };
        var discussion = new StrategyDiscussionHeld(2, T.AddDays(3), false, "Review");
        var conference = new InitialConferenceHeld(1, 1, T.AddDays(10), true, "Neglect");
        var conferenceLater = conference with { OccurredAt = T.AddDays(12) };
        return
        [
            contact,
            new FrontDoorDecisionMade(1, T.AddHours(3), FrontDoorOutcome.ReferralForAssessment, "r", "MASH manager"),
            new ReferralAccepted(1, 1, T.AddHours(4), "N1"),
            second,
            allocated,
            new EventCorrected(5, allocated, allocatedLater, "Wrong day", T.AddDays(2)),
            new EventWithdrawn(4, second, "Never referred", T.AddDays(2)),
            new StrategyDiscussionHeld(1, T.AddDays(1), true, "Enquiry"),
            new Section47Started(1, 1, T.AddDays(1).AddHours(1)),
            discussion,
            new EventCorrected(10, discussion, discussion with { OccurredAt = T.AddDays(4) }, "Wrong day", T.AddDays(4)),
            conference,
            new EventCorrected(12, conference, conferenceLater, "Wrong day", T.AddDays(12)),
            new EventWithdrawn(12, conferenceLater, "Recorded on the wrong record", T.AddDays(13)),
            new EventWithdrawn(5, allocatedLater, "Never allocated", T.AddDays(14)),
            new EventCorrected(1, contact, contact with { OccurredAt = T.AddHours(-1) }, "Wrong time", T.AddDays(15)),
            new CaseClosed(T.AddDays(20), "No further work"),
        ];
    }

    [Fact]
    public async Task Many_childrens_clock_moving_steps_in_one_session_give_the_clocks_of_one_session_per_event()
    {
        var (together, apart) = await BatchAppends.TogetherAndApart(host, 5, Journey);

        for (var i = 0; i < together.Length; i++)
        {
            var clocks = await Clocks(together[i]);
            clocks.ShouldBe(await Clocks(apart[i]));
            clocks.ShouldContain(c => c.StartsWith($"{FrontDoorClocks.FrontDoorDecision}|1|") && c.Contains($"|{At(T.AddHours(-1))}|")
                && c.Contains($"|{At(T.AddHours(3))}|"));
            // The second referral's clocks are gone; the first allocation clock is open again and not due from the closure.
            clocks.ShouldNotContain(c => c.StartsWith($"{AssessmentClocks.Assessment}|2|"));
            clocks.ShouldContain(c => c.StartsWith($"{FrontDoorClocks.Allocation}|1|") && c.Contains($"|-|-|{At(T.AddDays(20))}|-|"));
            // The conference withdrawn: its clock is open, and the secondary clock runs from the corrected second discussion.
            clocks.ShouldContain(c => c.StartsWith($"{ProtectionClocks.InitialConference}|1|") && c.Contains("|-|-|-|-|"));
            clocks.ShouldContain(c => c.StartsWith($"{ProtectionClocks.InitialConferenceFromLastDiscussion}|1|") && c.Contains($"|{At(T.AddDays(4))}|"));

            var discussions = await Rows(together[i], $"""
                SELECT version, discussion_number, (held_at AT TIME ZONE 'UTC')::text, initiates_section47
                FROM {LastDiscussionClock.DiscussionsTable.QualifiedName} WHERE child_id = @c ORDER BY version
                """);
            discussions.ShouldBe([$"8|1|{At(T.AddDays(1))}|True", $"10|2|{At(T.AddDays(4))}|False"]);
            discussions.ShouldBe(await Rows(apart[i], $"""
                SELECT version, discussion_number, (held_at AT TIME ZONE 'UTC')::text, initiates_section47
                FROM {LastDiscussionClock.DiscussionsTable.QualifiedName} WHERE child_id = @c ORDER BY version
                """));
        }
    }

    private static string At(DateTimeOffset instant) => $"{instant.UtcDateTime:yyyy-MM-dd HH:mm:ss}";

    /// <summary>
    /// Every column of a child's clocks, the last event that moved each named by its stream version (the sequence and
    /// the recording time are the store's own for each append, so only whether each time is known is compared).
    /// </summary>
    private Task<List<string>> Clocks(string child) => Rows(child, $"""
        SELECT measure, episode, unit, target, rule_id, (start_at AT TIME ZONE 'UTC')::text, start_date::text, due_date::text,
               (due_at AT TIME ZONE 'UTC')::text, (actual_at AT TIME ZONE 'UTC')::text, actual_date::text,
               (not_due_from AT TIME ZONE 'UTC')::text, stopped_by_version, due_extension_days,
               start_recorded_at IS NOT NULL, actual_recorded_at IS NOT NULL,
               (SELECT e.version FROM journey.mt_events e WHERE e.seq_id = c.last_event_sequence)
        FROM {MeasureSchema.ClocksTable.QualifiedName} c WHERE child_id = @c ORDER BY measure, episode
        """);

    private Task<List<string>> Rows(string child, string select) => BatchAppends.Rows(host, child, select);
}
