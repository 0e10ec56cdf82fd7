using System.Net;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Access;

/// <summary>
/// Practitioners and team managers work with the children their teams hold (the latest standing
/// allocation), and the front door (MASH) with any child no team holds yet; a refusal is a 403
/// problem naming the rule and not the team holding the case, and stores nothing. Decisions 51, 60, 61.
/// </summary>
public sealed class TeamScopingTests(JourneyHost host)
{
    private static readonly object Started = new { startedAt = "2026-03-04T10:00:00Z" };

    [Fact]
    public async Task The_front_door_records_for_a_child_no_team_holds_and_then_only_the_holding_team_may()
    {
        var north = $"North {Guid.NewGuid():N}"[..14];
        var south = $"South {Guid.NewGuid():N}"[..14];
        var mash = host.ClientWithTeams("mash.worker.amy", ["MASH"]);
        var northWorker = host.ClientWithTeams("sw.sam.taylor", [north]);
        var child = JourneyApi.NewChildId();

        // Nobody holds the case yet: the front door records the contact, decision, referral and allocation.
        await mash.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "c", consent = "Given" });
        await mash.RecordOk(child, "front-door-decisions", new { decidedAt = "2026-03-02T15:00:00Z", outcome = "ReferralForAssessment", rationale = "r", decidedBy = "m" });
        await mash.RecordOk(child, "referrals", new { acceptedAt = "2026-03-02T15:05:00Z" });
        await mash.RecordOk(child, "allocations", new { allocatedAt = "2026-03-03T09:00:00Z", team = north, worker = "Sam Taylor" });

        // Now north holds it: the front door may no longer record a step or read the record, and is not told who holds it.
        var before = (await northWorker.Timeline(child)).ToJsonString();
        await Refused(await mash.Record(child, "assessments/started", Started), "team-holds-case", hidden: north);
        await Refused(await mash.GetAsync($"/api/children/{child}/timeline", TestContext.Current.CancellationToken), "team-holds-case", hidden: north);
        await Refused(await mash.GetAsync($"/api/measures?childId={child}", TestContext.Current.CancellationToken), "team-holds-case", hidden: north);
        (await northWorker.Timeline(child)).ToJsonString().ShouldBe(before, "nothing stored on refusal");

        // A new concern about the child goes to the team holding the case.
        await northWorker.RecordOk(child, "contacts", new { receivedAt = "2026-03-04T09:00:00Z", source = "6", concerns = "again", consent = "NotRequired" });
        await northWorker.RecordOk(child, "assessments/started", Started);

        // A manager of both teams moves the case south: north may no longer touch it, south may.
        var manager = host.ClientWithTeams("tm.priya.shah", [north, south], "team-manager");
        await manager.RecordOk(child, "allocations", new { allocatedAt = "2026-03-05T09:00:00Z", team = south, worker = "Jo Evans" });
        await Refused(await northWorker.GetAsync($"/api/children/{child}/timeline", TestContext.Current.CancellationToken), "team-holds-case", hidden: south);
        (await host.ClientWithTeams("sw.jo.evans", [south]).GetAsync($"/api/children/{child}/export.json", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Auditors_read_any_child_and_write_nothing()
    {
        var team = $"Audit {Guid.NewGuid():N}"[..14];
        var child = await AuthorisationMatrixTests.ChildHeldBy(host, team);
        var auditor = host.ClientFor("auditor.ann", "auditor");
        var before = await auditor.Timeline(child);
        before.Count.ShouldBe(4);

        await Refused(await auditor.Record(child, "assessments/started", Started), "record-step", mentioned: "auditor");
        await Refused(
            await auditor.Record(JourneyApi.NewChildId(), "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "c", consent = "Given" }),
            "record-contact", mentioned: "auditor");
        (await auditor.Timeline(child)).ToJsonString().ShouldBe(before.ToJsonString());
    }

    [Fact]
    public async Task Reviewing_officers_record_the_conferences_they_chair_for_a_child_in_their_remit_and_not_the_teams_steps()
    {
        var team = $"Chair {Guid.NewGuid():N}"[..14];
        var child = await AuthorisationMatrixTests.ChildHeldBy(host, team);
        var owner = host.ClientWithTeams("sw.sam.taylor", [team]);
        await owner.RecordOk(child, "strategy-discussions", new { heldAt = "2026-03-04T10:00:00Z", initiatesSection47 = true });
        await owner.RecordOk(child, "section-47-enquiries/concluded", new { concludedAt = "2026-03-10T12:00:00Z", outcome = "InitialConference" });
        var chair = host.ClientFor("chair.kate", "reviewing-officer");

        await chair.RecordOk(child, "initial-conferences", new { heldAt = "2026-03-20T10:00:00Z", planRequired = true, category = "PHY" });
        await Refused(
            await chair.Record(child, "protection-plans/visits", new { visitedAt = "2026-03-21T10:00:00Z", childSeen = true, childSeenAlone = true }),
            "record-step", mentioned: "reviewing-officer");
        (await chair.Timeline(child)).Last()!["recordedBy"]!.GetValue<string>().ShouldBe("chair.kate");
    }

    private static async Task Refused(HttpResponseMessage response, string rule, string? mentioned = null, string? hidden = null)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBe(403, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.ReadJson();
        problem["rule"]!.GetValue<string>().ShouldBe(rule);
        if (mentioned is not null) problem["detail"]!.GetValue<string>().ShouldContain(mentioned);
        if (hidden is not null) text.ShouldNotContain(hidden);
    }
}
