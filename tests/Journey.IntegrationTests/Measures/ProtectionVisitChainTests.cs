using Journey.Domain.Corrections;
using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Measures;

/// <summary>Child protection visits: the child seen within the rulebook's interval of the plan's start or the last visit.</summary>
public sealed class ProtectionVisitChainTests(JourneyHost host)
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);

    [Fact]
    public async Task Visits_in_which_the_child_was_seen_chain_every_ten_working_days_over_easter()
    {
        var child = JourneyApi.NewChildId();
        var lateVisit = new ProtectionVisitMade(1, At("2026-04-30T15:00:00+01:00"), true, true);
        await Append(child,
            new ContactReceived(1, At("2026-03-02T09:00:00Z"), "6", "c", ConsentStatus.NotRequired, null, false),
            // Counted by hand from Monday 30 March 2026, skipping Good Friday and Easter Monday.
            new ProtectionPlanStarted(1, 1, At("2026-03-30T14:00:00+01:00"), "NEG"),      // first visit due 15 April
            new ProtectionVisitMade(1, At("2026-04-14T10:00:00+01:00"), true, false),     // met; next due 28 April
            new ProtectionVisitMade(1, At("2026-04-27T10:00:00+01:00"), false, false),    // not seen: does not count
            lateVisit);                                                                    // late; next due 15 May (4 May a bank holiday)
        var analyst = host.ClientFor("analyst.kim");
        async Task<string[]> Chain(string asAt) => (await analyst.GetArray($"/api/protection-plans/visits?childId={child}&asAt={asAt}"))
            .Select(r => $"{r!["visit"]}:{r["dueDate"]}:{r["status"]}").ToArray();

        (await Chain("2026-05-20")).ShouldBe(["1:2026-04-15:met", "2:2026-04-28:late", "3:2026-05-15:open-overdue"]);
        (await analyst.GetArray($"/api/protection-plans/visits?childId={child}&asAt=2026-05-20"))
            .Select(r => $"{r!["dueFrom"]}:{r["ruleId"]}").ShouldBe(["2026-03-30:protection-visit-10wd", "2026-04-14:protection-visit-10wd", "2026-04-30:protection-visit-10wd"]);

        await Append(child, new EventCorrected(5, lateVisit, lateVisit with { ChildSeen = false }, "Child was not at home", DateTimeOffset.UtcNow));
        (await Chain("2026-05-20")).ShouldBe(["1:2026-04-15:met", "2:2026-04-28:open-overdue"]);
    }

    [Fact]
    public async Task Before_april_2018_the_rulebook_allowed_six_weeks()
    {
        var child = JourneyApi.NewChildId();
        await Append(child,
            new ContactReceived(1, At("2016-02-22T09:00:00Z"), "6", "c", ConsentStatus.NotRequired, null, false),
            new ProtectionPlanStarted(1, 1, At("2016-03-01T14:00:00Z"), "PHY"));
        var rows = await host.ClientFor("analyst.kim").GetArray($"/api/protection-plans/visits?childId={child}&asAt=2016-03-10");
        rows.Select(r => $"{r!["visit"]}:{r["dueFrom"]}:{r["dueDate"]}:{r["status"]}:{r["ruleId"]}")
            .ShouldBe(["1:2016-03-01:2016-04-12:open-in-time:protection-visit-6w"]);
    }

    private async Task Append(string child, params IJourneyEvent[] events)
    {
        await using var session = host.Store.LightweightSession();
        session.Events.Append(child, events.Cast<object>().ToArray());
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
