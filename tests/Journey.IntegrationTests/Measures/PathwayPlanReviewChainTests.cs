using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.LeavingCare;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Measures;

/// <summary>Pathway plans: reviewed at most every 6 months, an update on a change counting as a review.</summary>
public sealed class PathwayPlanReviewChainTests(JourneyHost host)
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);

    [Fact]
    public async Task Reviews_and_updates_on_a_change_restart_the_six_months()
    {
        var child = JourneyApi.NewChildId();
        var update = new PathwayPlanRecorded(At("2025-09-15T10:00:00+01:00"), false, "Moved to supported lodgings");
        await Append(child,
            new ContactReceived(1, At("2024-11-01T09:00:00Z"), "6", "c", ConsentStatus.NotRequired, null, false),
            new PathwayPlanRecorded(At("2025-01-31T10:00:00Z"), false, null),        // first plan; first review due 31 July
            new PathwayPlanRecorded(At("2025-07-30T10:00:00+01:00"), true, null),    // met; next due 30 January 2026
            update);                                                                  // an update on a change: met; next due 15 March 2026
        var analyst = host.ClientFor("analyst.kim");
        async Task<string[]> Chain(string asAt) => (await analyst.GetArray($"/api/pathway-plans/reviews?childId={child}&asAt={asAt}"))
            .Select(r => $"{r!["review"]}:{r["dueDate"]}:{r["status"]}").ToArray();

        (await Chain("2025-02-01")).ShouldBe(["1:2025-07-31:open-in-time"]);
        (await Chain("2026-03-20")).ShouldBe(["1:2025-07-31:met", "2:2026-01-30:met", "3:2026-03-15:open-overdue"]);

        await Append(child, new EventWithdrawn(4, update, "Move fell through; recorded in error", DateTimeOffset.UtcNow));
        (await Chain("2026-03-20")).ShouldBe(["1:2025-07-31:met", "2:2026-01-30:open-overdue"]);
    }

    private async Task Append(string child, params IJourneyEvent[] events)
    {
        await using var session = host.Store.LightweightSession();
        session.Events.Append(child, events.Cast<object>().ToArray());
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
