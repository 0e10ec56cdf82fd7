using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.Protection;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Measures;

/// <summary>Plans lasting 2 years or more, ending within 3 months, and repeat plans, by the rulebook.</summary>
public sealed class ProtectionPlanFlagsTests(JourneyHost host)
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);

    [Fact]
    public async Task A_short_first_plan_then_a_long_repeat_plan_within_two_years()
    {
        var child = JourneyApi.NewChildId();
        await using (var session = host.Store.LightweightSession())
        {
            session.Events.Append(child, new IJourneyEvent[]
            {
                new ContactReceived(1, At("2023-01-02T09:00:00Z"), "6", "c", ConsentStatus.NotRequired, null, false),
                new ProtectionPlanStarted(1, 1, At("2023-01-10T10:00:00Z"), "NEG"),
                new ProtectionPlanEnded(1, At("2023-03-01T10:00:00Z"), "Risk reduced"),
                new ProtectionPlanStarted(2, 2, At("2024-06-03T10:00:00+01:00"), "EMO"),
            }.Cast<object>().ToArray());
            await session.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        var analyst = host.ClientFor("analyst.kim");

        var now = await analyst.GetArray($"/api/protection-plans?childId={child}&asAt=2026-11-01");
        (now[0]!["endedWithinThreeMonths"]!.GetValue<bool>(), now[0]!["repeatPlan"]!.GetValue<bool>()).ShouldBe((true, false));
        (now[1]!["lastedTwoYears"]!.GetValue<bool>(), now[1]!["repeatPlan"]!.GetValue<bool>(), now[1]!["repeatWithinTwoYears"]!.GetValue<bool>())
            .ShouldBe((true, true, true));

        var then = await analyst.GetArray($"/api/protection-plans?childId={child}&asAt=2026-06-01");
        then[1]!["lastedTwoYears"]!.GetValue<bool>().ShouldBeFalse(); // 2 years on 3 June 2026
        (await analyst.GetArray($"/api/protection-plans?childId={child}&asAt=2023-02-01")).Single()!["endedAt"].ShouldBeNull();
    }

    [Fact]
    public async Task Review_conferences_chain_on_the_dates_they_were_held()
    {
        var child = JourneyApi.NewChildId();
        await using (var session = host.Store.LightweightSession())
        {
            session.Events.Append(child, new IJourneyEvent[]
            {
                new ContactReceived(1, At("2026-01-02T09:00:00Z"), "6", "c", ConsentStatus.NotRequired, null, false),
                new ProtectionPlanStarted(1, 1, At("2026-01-14T10:00:00Z"), "NEG"),          // first review due 14 April
                new ReviewConferenceHeld(1, At("2026-04-10T10:00:00+01:00"), true),            // met; next due 10 October
                new ReviewConferenceHeld(1, At("2026-10-20T10:00:00+01:00"), true),            // late; next due 20 April 2027
            }.Cast<object>().ToArray());
            await session.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        var analyst = host.ClientFor("analyst.kim");
        async Task<string[]> Chain(string asAt) => (await analyst.GetArray($"/api/protection-plans/reviews?childId={child}&asAt={asAt}"))
            .Select(r => $"{r!["review"]}:{r["dueDate"]}:{r["status"]}").ToArray();

        (await Chain("2026-11-01")).ShouldBe(["1:2026-04-14:met", "2:2026-10-10:late", "3:2027-04-20:open-in-time"]);
        (await Chain("2026-10-15")).ShouldBe(["1:2026-04-14:met", "2:2026-10-10:open-overdue"]);
    }
}
