using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.LookedAfter;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Measures;

/// <summary>Looked-after reviews: 20 working days, then 3 months, then 6 months, each from the review actually held.</summary>
public sealed class LookedAfterReviewChainTests(JourneyHost host)
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);

    [Fact]
    public async Task Reviews_chain_over_christmas_from_the_dates_held_and_stop_when_care_ends()
    {
        var child = JourneyApi.NewChildId();
        var secondReview = new LookedAfterReviewHeld(1, At("2026-04-21T10:00:00+01:00"), "PN1");
        await Append(child,
            new ContactReceived(1, At("2025-12-01T09:00:00Z"), "6", "c", ConsentStatus.NotRequired, null, false),
            // Counted by hand: 20 working days from Monday 15 December 2025, skipping 25, 26 December and 1 January.
            new EnteredCare(1, At("2025-12-15T16:00:00Z"), "C2", false, false),
            new LookedAfterReviewHeld(1, At("2026-01-13T10:00:00Z"), "PN1"),      // met (due 15 January); second due 13 April
            secondReview);                                                           // late; third due 21 October
        var analyst = host.ClientFor("analyst.kim");
        async Task<string[]> Chain(string asAt) => (await analyst.GetArray($"/api/looked-after/reviews?childId={child}&asAt={asAt}"))
            .Select(r => $"{r!["review"]}:{r["dueDate"]}:{r["status"]}").ToArray();

        (await Chain("2026-04-16")).ShouldBe(["1:2026-01-15:met", "2:2026-04-13:open-overdue"]);
        (await Chain("2026-11-01")).ShouldBe(["1:2026-01-15:met", "2:2026-04-13:late", "3:2026-10-21:open-overdue"]);

        await Append(child, new EventCorrected(4, secondReview, secondReview with { OccurredAt = At("2026-04-10T10:00:00+01:00") }, "Date mistyped", DateTimeOffset.UtcNow));
        (await Chain("2026-10-15")).ShouldBe(["1:2026-01-15:met", "2:2026-04-13:met", "3:2026-10-10:open-overdue"]);

        await Append(child, new LeftCare(1, At("2026-09-30T12:00:00+01:00"), "E11"));
        (await Chain("2026-10-15")).ShouldBe(["1:2026-01-15:met", "2:2026-04-13:met"]);
        (await Chain("2026-09-01")).Last().ShouldBe("3:2026-10-10:open-in-time");
    }

    private async Task Append(string child, params IJourneyEvent[] events)
    {
        await using var session = host.Store.LightweightSession();
        session.Events.Append(child, events.Cast<object>().ToArray());
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
