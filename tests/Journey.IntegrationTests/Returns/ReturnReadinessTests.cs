using System.Text.Json.Nodes;
using Journey.Domain.FrontDoor;
using Journey.Domain.Protection;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Returns;

/// <summary>
/// The return-readiness list (decision 99), end to end against PostgreSQL: a child breaking a return's rule is listed
/// with the team and worker holding the case and what to fix, until the record is mended; a step stored before its
/// rule was checked at entry is listed too; a team manager reads only the children their teams hold, returns officers
/// and auditors every child, and the rows come as CSV too.
/// </summary>
public sealed class ReturnReadinessTests(JourneyHost host)
{
    private static string NewTeam() => $"Team-{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>A referral on Monday 2 June 2025, held by <paramref name="team"/> (Sam Taylor), with a child in need plan that began and ended on Tuesday 3 June.</summary>
    private static async Task<string> OneDayChildInNeedPlan(HttpClient manager, string team)
    {
        var child = JourneyApi.NewChildId();
        await manager.RecordOk(child, "contacts", new { receivedAt = "2025-06-02T09:00:00Z", source = "2A", concerns = "c", consent = "Given" });
        await manager.RecordOk(child, "front-door-decisions", new { decidedAt = "2025-06-02T10:00:00Z", outcome = "ReferralForAssessment", rationale = "r", decidedBy = "m" });
        await manager.RecordOk(child, "referrals", new { acceptedAt = "2025-06-02T10:05:00Z" });
        await manager.RecordOk(child, "allocations", new { allocatedAt = "2025-06-02T11:00:00Z", team, worker = "Sam Taylor" });
        await manager.RecordOk(child, "child-in-need-plans", new { startedAt = "2025-06-03T10:00:00Z" });
        await manager.RecordOk(child, "child-in-need-plans/ended", new { endedAt = "2025-06-03T15:00:00Z", reason = "Needs met" });
        return child;
    }

    private static JsonNode[] Rows(JsonArray list, string child, string rule) =>
        list.Where(r => r!["childId"]!.GetValue<string>() == child && r["rule"]!.GetValue<string>() == rule).Select(r => r!).ToArray();

    [Fact]
    public async Task A_query_is_listed_with_the_team_worker_and_what_to_fix_until_the_record_is_mended()
    {
        var team = NewTeam();
        var manager = host.ClientWithTeams("tm.priya.shah", [team, "MASH"], "team-manager");
        var child = await OneDayChildInNeedPlan(manager, team);

        var row = Rows(await manager.GetArray($"/api/returns/readiness?year=2026&team={team}"), child, "cin-4012Q").Single();
        (row["team"]!.GetValue<string>(), row["worker"]!.GetValue<string>(), row["return"]!.GetValue<string>(), row["kind"]!.GetValue<string>(), row["on"]!.GetValue<string>())
            .ShouldBe((team, "Sam Taylor", "CIN census", "query", "2025-06-03"));
        row["fix"]!.GetValue<string>().ShouldContain("Child in need plan 1 starts and ends on 3 June 2025");

        var ended = (await manager.Timeline(child)).Single(e => e!["type"]!.GetValue<string>() == "ChildInNeedPlanEnded")!;
        await manager.RecordOk(child, "corrections", new
        {
            version = ended["version"]!.GetValue<long>(),
            reason = "Ended the next day",
            replacement = new { childInNeedPlanNumber = 1, occurredAt = "2025-06-04T15:00:00Z", reason = "Needs met" },
        });
        Rows(await manager.GetArray($"/api/returns/readiness?year=2026&team={team}"), child, "cin-4012Q").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_conference_stored_on_a_Saturday_before_the_rule_is_listed_by_worker_and_as_CSV()
    {
        var team = NewTeam();
        var child = JourneyApi.NewChildId();
        await using (var session = host.Store.LightweightSession())
        {
            session.Events.Append(child,
                new ContactReceived(1, DateTimeOffset.Parse("2025-06-02T09:00:00+01:00"), "2A", "c", ConsentStatus.Given, null, false),
                new CaseAllocated(DateTimeOffset.Parse("2025-06-02T10:00:00+01:00"), team, "Jo Evans"),
                // Saturday 7 June 2025.
                new InitialConferenceHeld(1, 1, DateTimeOffset.Parse("2025-06-07T10:00:00+01:00"), false, null));
            await session.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        var manager = host.ClientWithTeams("tm.priya.shah", [team], "team-manager");

        var row = Rows(await manager.GetArray($"/api/returns/readiness?year=2026&team={team}&worker=Jo%20Evans"), child, "cin-8875").Single();
        (row["kind"]!.GetValue<string>(), row["worker"]!.GetValue<string>()).ShouldBe(("error", "Jo Evans"));
        row["fix"]!.GetValue<string>().ShouldContain("Saturday 7 June 2025");
        Rows(await manager.GetArray($"/api/returns/readiness?year=2026&team={team}&worker=Sam%20Taylor"), child, "cin-8875").ShouldBeEmpty();
        Rows(await manager.GetArray($"/api/returns/readiness?year=2025&team={team}"), child, "cin-8875").ShouldBeEmpty();

        var csv = await manager.GetStringAsync($"/api/returns/readiness.csv?year=2026&team={team}", TestContext.Current.CancellationToken);
        csv.Split("\r\n")[0].ShouldBe("childId,team,worker,return,rule,kind,on,fix");
        csv.Split("\r\n").ShouldContain(l => l.StartsWith($"{child},{team},Jo Evans,CIN census,cin-8875,error,2025-06-07,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_team_manager_of_another_team_does_not_see_the_child_and_returns_officers_and_auditors_do()
    {
        var team = NewTeam();
        var child = await OneDayChildInNeedPlan(host.ClientWithTeams("tm.priya.shah", [team, "MASH"], "team-manager"), team);

        var otherManager = host.ClientWithTeams("tm.alex.other", [NewTeam()], "team-manager");
        (await otherManager.GetArray("/api/returns/readiness?year=2026")).ShouldNotContain(r => r!["childId"]!.GetValue<string>() == child);
        Rows(await host.ClientFor("returns.officer.rae", "returns-officer").GetArray("/api/returns/readiness?year=2026"), child, "cin-4012Q").ShouldHaveSingleItem();
        Rows(await host.ClientFor("audit.ann", "auditor").GetArray("/api/returns/readiness?year=2026"), child, "cin-4012Q").ShouldHaveSingleItem();

        var practitioner = await host.ClientWithTeams("sw.sam.taylor", [team]).GetAsync("/api/returns/readiness?year=2026", TestContext.Current.CancellationToken);
        ((int)practitioner.StatusCode).ShouldBe(403);
        (await practitioner.ReadJson())["rule"]!.GetValue<string>().ShouldBe("read-readiness");
    }

    [Fact]
    public async Task A_year_outside_1900_to_2100_is_refused()
    {
        var response = await host.ClientFor("returns.officer.rae", "returns-officer").GetAsync("/api/returns/readiness?year=1899", TestContext.Current.CancellationToken);

        ((int)response.StatusCode).ShouldBe(400);
        var violation = (await response.ReadJson())["violations"]!.AsArray().Single()!;
        (violation["field"]!.GetValue<string>(), violation["rule"]!.GetValue<string>()).ShouldBe(("year", "plausible-date"));
    }
}
