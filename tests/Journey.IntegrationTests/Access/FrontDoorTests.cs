using System.Net;
using Journey.Domain.FrontDoor;
using Journey.Domain.Protection;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Access;

/// <summary>
/// A child no team holds is the front door's (the MASH, Journey:Access:FrontDoorTeams), not every
/// team's: only a front-door team's practitioners and managers read it, list it and record for it,
/// whatever its history (a protection plan with no allocation, a case closed at the front door). Every
/// other team works with the children its teams hold. Decision 60.
/// </summary>
public sealed class FrontDoorTests(JourneyHost host)
{
    private readonly HttpClient _mash = host.ClientWithTeams("mash.worker.amy", [AuthorisationMatrixTests.FrontDoor]);
    private readonly HttpClient _otherTeam = host.ClientWithTeams("sw.sam.taylor", ["Child Protection Team South"]);
    private readonly HttpClient _otherManager = host.ClientWithTeams("tm.priya.shah", ["Assessment Team North", "Child Protection Team South"], "team-manager");

    /// <summary>A child on a protection plan that no team holds (stored as a migration might have left it).</summary>
    private async Task<string> OnAPlanAndUnallocated()
    {
        var child = JourneyApi.NewChildId();
        await using var session = host.Store.LightweightSession();
        session.Events.Append(child,
            new ContactReceived(1, DateTimeOffset.Parse("2026-02-02T09:00:00Z"), "6", "c", ConsentStatus.NotRequired, null, false),
            new ProtectionPlanStarted(1, 1, DateTimeOffset.Parse("2026-02-20T14:00:00Z"), "NEG"));
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
        return child;
    }

    /// <summary>A child referred and closed at the front door, never allocated.</summary>
    private async Task<string> ClosedAtTheFrontDoor()
    {
        var child = JourneyApi.NewChildId();
        await _mash.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "c", consent = "Given" });
        await _mash.RecordOk(child, "front-door-decisions", new { decidedAt = "2026-03-02T15:00:00Z", outcome = "ReferralForAssessment", rationale = "r", decidedBy = "m" });
        await _mash.RecordOk(child, "referrals", new { acceptedAt = "2026-03-02T15:05:00Z" });
        await _mash.RecordOk(child, "closures", new { closedAt = "2026-03-03T10:00:00Z", reason = "RC8" });
        return child;
    }

    [Fact]
    public async Task Only_the_front_door_reads_and_lists_a_child_no_team_holds_on_a_plan_or_closed()
    {
        var onPlan = await OnAPlanAndUnallocated();
        var closed = await ClosedAtTheFrontDoor();

        foreach (var (child, contacted) in new[] { (onPlan, "2026-02-02"), (closed, "2026-03-02") })
        {
            // Its contact's row among that day's: the day keeps the list within one page.
            var list = $"/api/measures?measure=contact-decision-24h&from={contacted}&to={contacted}";
            foreach (var other in new[] { _otherTeam, _otherManager })
            {
                await Refused(await other.GetAsync($"/api/children/{child}/timeline", TestContext.Current.CancellationToken));
                await Refused(await other.GetAsync($"/api/children/{child}/export.json", TestContext.Current.CancellationToken));
                await Refused(await other.GetAsync($"/api/measures?childId={child}", TestContext.Current.CancellationToken));
                (await Children(other, list)).ShouldNotContain(child);
            }
            (await _mash.Timeline(child)).ShouldNotBeEmpty();
            (await Children(_mash, $"/api/measures?childId={child}")).ShouldAllBe(c => c == child);
            (await Children(_mash, list)).ShouldContain(child);
        }
        (await Children(_otherTeam, "/api/protection-plans")).ShouldNotContain(onPlan);
        (await Children(_mash, "/api/protection-plans")).ShouldContain(onPlan);
    }

    [Fact]
    public async Task A_new_child_and_an_unheld_childs_steps_and_allocation_are_the_front_doors_and_a_held_childs_contact_the_holding_teams()
    {
        var child = JourneyApi.NewChildId();
        var contact = new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "c", consent = "Given" };

        await Refused(await _otherTeam.Record(child, "contacts", contact));
        await _mash.RecordOk(child, "contacts", contact);
        await Refused(await _otherTeam.Record(child, "front-door-decisions", new { decidedAt = "2026-03-02T15:00:00Z", outcome = "ReferralForAssessment", rationale = "r", decidedBy = "m" }));
        await _mash.RecordOk(child, "front-door-decisions", new { decidedAt = "2026-03-02T15:00:00Z", outcome = "ReferralForAssessment", rationale = "r", decidedBy = "m" });
        await _mash.RecordOk(child, "referrals", new { acceptedAt = "2026-03-02T15:05:00Z" });
        var allocation = new { allocatedAt = "2026-03-03T09:00:00Z", team = "Child Protection Team South", worker = "Sam Taylor" };
        await Refused(await _otherManager.Record(child, "allocations", allocation));
        await host.ClientWithTeams("mash.manager.raj", [AuthorisationMatrixTests.FrontDoor], "team-manager").RecordOk(child, "allocations", allocation);

        // Held now: a further concern goes to the team holding the case, not to the front door.
        var again = new { receivedAt = "2026-03-04T09:00:00Z", source = "6", concerns = "again", consent = "NotRequired" };
        await Refused(await _mash.Record(child, "contacts", again));
        await _otherTeam.RecordOk(child, "contacts", again);
        (await _otherTeam.Timeline(child)).Count.ShouldBe(5);
    }

    private static async Task<IReadOnlyList<string>> Children(HttpClient client, string url) =>
        (await client.GetArray(url)).Select(r => r!["childId"]!.GetValue<string>()).ToArray();

    private static async Task Refused(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, text);
        (await response.ReadJson())["rule"]!.GetValue<string>().ShouldBe("team-holds-case");
    }
}
