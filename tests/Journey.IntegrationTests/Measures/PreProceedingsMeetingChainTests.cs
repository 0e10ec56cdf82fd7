using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.PreProceedings;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Measures;

/// <summary>Pre-proceedings drift: a meeting within 6 weeks of entry and of each meeting before.</summary>
public sealed class PreProceedingsMeetingChainTests(JourneyHost host)
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);

    [Fact]
    public async Task An_episode_without_a_review_for_six_weeks_is_overdue_until_it_concludes()
    {
        var child = JourneyApi.NewChildId();
        var review = new PreProceedingsMeetingHeld(1, At("2026-03-20T10:00:00Z"), false);
        await Append(child,
            new ContactReceived(1, At("2026-01-05T09:00:00Z"), "6", "c", ConsentStatus.NotRequired, null, false),
            new PreProceedingsEntered(1, At("2026-01-12T10:00:00Z")),                          // first meeting due 23 February
            new PreProceedingsMeetingHeld(1, At("2026-02-02T10:00:00Z"), true),                // met; next due 16 March
            review);                                                                             // late; next due 1 May
        var analyst = host.ClientFor("analyst.kim");
        async Task<string[]> Chain(string asAt) => (await analyst.GetArray($"/api/pre-proceedings/meetings?childId={child}&asAt={asAt}"))
            .Select(r => $"{r!["meeting"]}:{r["dueDate"]}:{r["status"]}").ToArray();

        (await Chain("2026-03-17")).ShouldBe(["1:2026-02-23:met", "2:2026-03-16:open-overdue"]);
        (await Chain("2026-04-01")).ShouldBe(["1:2026-02-23:met", "2:2026-03-16:late", "3:2026-05-01:open-in-time"]);

        await Append(child, new EventWithdrawn(4, review, "Recorded on the wrong child", DateTimeOffset.UtcNow));
        (await Chain("2026-04-01")).ShouldBe(["1:2026-02-23:met", "2:2026-03-16:open-overdue"]);

        await Append(child, new PreProceedingsConcluded(1, At("2026-03-31T10:00:00+01:00"), PreProceedingsOutcome.IssueProceedings));
        (await Chain("2026-04-01")).ShouldBe(["1:2026-02-23:met"]);
    }

    private async Task Append(string child, params IJourneyEvent[] events)
    {
        await using var session = host.Store.LightweightSession();
        session.Events.Append(child, events.Cast<object>().ToArray());
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
