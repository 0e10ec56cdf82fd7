using Journey.Domain.ChildInNeed;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Measures;

/// <summary>Child in need visits: the child seen within 20 working days of the plan's start or the last visit.</summary>
public sealed class ChildInNeedVisitChainTests(JourneyHost host)
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);

    [Fact]
    public async Task Visits_chain_every_twenty_working_days_and_stop_when_the_plan_ends()
    {
        var child = JourneyApi.NewChildId();
        await using (var session = host.Store.LightweightSession())
        {
            session.Events.Append(child, new IJourneyEvent[]
            {
                new ContactReceived(1, At("2026-04-01T09:00:00+01:00"), "6", "c", ConsentStatus.NotRequired, null, false),
                // Counted by hand from Thursday 14 May 2026, skipping the spring bank holiday (25 May).
                new ChildInNeedPlanStarted(1, At("2026-05-14T11:00:00+01:00")),               // first visit due 12 June
                new ChildInNeedVisitMade(1, At("2026-06-10T11:00:00+01:00"), false, false),   // not seen: does not count
                new ChildInNeedVisitMade(1, At("2026-06-15T11:00:00+01:00"), true, true),     // late; next due 13 July
            }.Cast<object>().ToArray());
            await session.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        var analyst = host.ClientFor("analyst.kim");
        async Task<string[]> Chain(string asAt) => (await analyst.GetArray($"/api/child-in-need-plans/visits?childId={child}&asAt={asAt}"))
            .Select(r => $"{r!["visit"]}:{r["dueDate"]}:{r["status"]}").ToArray();

        (await Chain("2026-06-12")).ShouldBe(["1:2026-06-12:open-in-time"]);
        (await Chain("2026-07-01")).ShouldBe(["1:2026-06-12:late", "2:2026-07-13:open-in-time"]);

        await using (var session = host.Store.LightweightSession())
        {
            session.Events.Append(child, new ChildInNeedPlanEnded(1, At("2026-07-10T11:00:00+01:00"), "Step down"));
            await session.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        (await Chain("2026-08-01")).ShouldBe(["1:2026-06-12:late"]);
    }
}
