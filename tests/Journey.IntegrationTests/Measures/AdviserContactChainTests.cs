using Journey.Domain.FrontDoor;
using Journey.Domain.Journeys;
using Journey.Domain.LeavingCare;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Measures;

/// <summary>Personal adviser contact: in touch at least every 2 months from the first adviser allocated.</summary>
public sealed class AdviserContactChainTests(JourneyHost host)
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);

    [Fact]
    public async Task Only_contacts_in_touch_count_and_a_second_adviser_does_not_restart_the_chain()
    {
        var child = JourneyApi.NewChildId();
        await using (var session = host.Store.LightweightSession())
        {
            session.Events.Append(child, new IJourneyEvent[]
            {
                new ContactReceived(1, At("2025-10-01T09:00:00+01:00"), "6", "c", ConsentStatus.NotRequired, null, false),
                new PersonalAdviserAllocated(At("2025-11-03T10:00:00Z"), "Jo Patel"),        // first contact due 3 January
                new CareLeaverContactMade(At("2025-12-20T10:00:00Z"), "NO", null, null, null), // not in touch: does not count
                new PersonalAdviserAllocated(At("2026-01-05T10:00:00Z"), "Ali Khan"),        // a change of adviser: the chain runs on
                new CareLeaverContactMade(At("2026-01-09T10:00:00Z"), "YES", "F1", "S", true), // late; next due 9 March
            }.Cast<object>().ToArray());
            await session.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        var rows = await host.ClientFor("analyst.kim").GetArray($"/api/personal-advisers/contacts?childId={child}&asAt=2026-03-10");
        rows.Select(r => $"{r!["contact"]}:{r["dueDate"]}:{r["status"]}").ShouldBe(["1:2026-01-03:late", "2:2026-03-09:open-overdue"]);
    }
}
