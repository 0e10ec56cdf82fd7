using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.Domain.Permanence;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Measures;

/// <summary>
/// Adoption NMS 2.7: the life-story book and the later-life letter within 10 working days of the
/// adoption celebration, as clocks in measure_clocks.
/// </summary>
public sealed class LifeStoryWorkTests(JourneyHost host)
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);
    private static AdoptionStepTaken Step(string at, AdoptionStep step) => new(1, At(at), step);

    [Fact]
    public async Task The_book_and_the_letter_are_due_ten_working_days_after_the_celebration()
    {
        var child = JourneyApi.NewChildId();
        var celebration = Step("2025-12-19T14:00:00Z", AdoptionStep.CelebrationHeld);
        var letter = Step("2026-01-08T10:00:00Z", AdoptionStep.LaterLifeLetterGiven);
        // The celebration (v5) is on Friday 19 December 2025; counted by hand: 22, 23, 24 December, (25, 26 bank holidays),
        // 29, 30, 31, (1 January), 2, 5, 6, 7 January: the 10th working day is Wednesday 7 January.
        await Append(child,
            new ContactReceived(1, At("2025-01-06T09:00:00Z"), "6", "c", ConsentStatus.NotRequired, null, false),  // v1
            new EnteredCare(1, At("2025-01-06T12:00:00Z"), "C2", true, false),                                   // v2
            Step("2025-11-20T10:00:00Z", AdoptionStep.AdoptionOrderMade),                                      // v3
            new LeftCare(1, At("2025-11-20T12:00:00Z"), "E11"),                                                 // v4
            celebration,                                                                                       // v5
            Step("2026-01-07T16:00:00Z", AdoptionStep.LifeStoryBookGiven),                                     // v6: met, on the day
            letter);                                                                                           // v7: late, a day after
        var analyst = host.ClientFor("analyst.kim");

        (await LifeStory(analyst, child)).ShouldBe(["later-life-letter:2026-01-07:late", "life-story-book:2026-01-07:met"]);

        // Celebrated on Monday 22 December instead: the 10th working day is Thursday 8 January.
        await Append(child, new EventCorrected(5, celebration, celebration with { OccurredAt = At("2025-12-22T11:00:00Z") }, "Wrong date", DateTimeOffset.UtcNow));
        (await LifeStory(analyst, child)).ShouldBe(["later-life-letter:2026-01-08:met", "life-story-book:2026-01-08:met"]);

        // The letter withdrawn: its clock runs again, and is on the team's list of overdue work.
        await Append(child, new EventWithdrawn(7, letter, "Not yet sent", DateTimeOffset.UtcNow));
        (await LifeStory(analyst, child)).ShouldBe(["later-life-letter:2026-01-08:open-overdue", "life-story-book:2026-01-08:met"]);
        (await analyst.GetArray("/api/open-clocks?measure=later-life-letter&overdueOnly=true"))
            .Count(r => r!["childId"]!.GetValue<string>() == child).ShouldBe(1);

        // The celebration withdrawn: no life-story clock is left.
        await Append(child, new EventWithdrawn(5, celebration, "Recorded on the wrong child", DateTimeOffset.UtcNow));
        (await LifeStory(analyst, child)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_celebration_is_recorded_through_the_api_after_the_order_and_life_story_work_after_it()
    {
        var child = JourneyApi.NewChildId();
        var worker = host.ClientFor("sw.sam.taylor");
        await worker.RecordOk(child, "contacts", new { receivedAt = "2025-01-06T09:00:00Z", source = "6", concerns = "c", consent = "NotRequired" });
        await worker.RecordOk(child, "care", new { enteredAt = "2025-01-06T12:00:00Z", legalStatus = "C2", planned = true });
        foreach (var (step, at) in new[] { ("DecisionMakerAgreed", "2025-02-03"), ("PlacementOrderMade", "2025-03-03"), ("Matched", "2025-05-05"),
                                           ("Placed", "2025-06-02"), ("AdoptionOrderMade", "2025-11-20") })
            await worker.RecordOk(child, "care/adoption-steps", new { takenAt = $"{at}T10:00:00Z", step });
        await worker.RecordOk(child, "care/left", new { leftAt = "2025-11-20T12:00:00Z", reasonCeased = "E11" });
        await worker.RecordOk(child, "care/adoption-steps", new { takenAt = "2025-12-19T14:00:00Z", step = "CelebrationHeld" });
        await worker.RecordOk(child, "care/adoption-steps", new { takenAt = "2026-01-05T10:00:00Z", step = "LifeStoryBookGiven" });

        (await LifeStory(host.ClientFor("analyst.kim"), child)).ShouldBe(["later-life-letter:2026-01-07:open-overdue", "life-story-book:2026-01-07:met"]);
    }

    private static async Task<string[]> LifeStory(HttpClient analyst, string child) =>
        (await analyst.GetArray($"/api/measures?childId={child}&asAt=2026-02-02"))
            .Where(r => r!["measure"]!.GetValue<string>() is "life-story-book" or "later-life-letter")
            .Select(r => $"{r!["measure"]}:{r["dueDate"]}:{r["status"]}").Order().ToArray();

    private async Task Append(string child, params IJourneyEvent[] events)
    {
        await using var session = host.Store.LightweightSession();
        session.Events.Append(child, events.Cast<object>().ToArray());
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
