using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Measures;

/// <summary>The team manager's list: clocks still running, overdue first, with who holds each case.</summary>
public sealed class OpenClocksTests(JourneyHost host)
{
    [Fact]
    public async Task Open_clocks_list_by_team_and_worker_overdue_first_and_follow_reallocation()
    {
        var team = $"Team-{Guid.NewGuid().ToString("N")[..6]}";
        // The team's manager, and the front door's (which alone records for a child no team holds yet).
        var worker = host.ClientWithTeams("tm.priya.shah", [team, "MASH"], "team-manager");
        var child = JourneyApi.NewChildId();
        await worker.RecordOk(child, "contacts", new { receivedAt = "2026-01-05T09:00:00Z", source = "2A", concerns = "c", consent = "Given" });
        await worker.RecordOk(child, "front-door-decisions", new { decidedAt = "2026-01-05T10:00:00Z", outcome = "ReferralForAssessment", rationale = "r", decidedBy = "m" });
        await worker.RecordOk(child, "referrals", new { acceptedAt = "2026-01-05T10:05:00Z" });
        await worker.RecordOk(child, "allocations", new { allocatedAt = "2026-01-06T09:00:00Z", team, worker = "Sam Taylor" });
        var unallocated = JourneyApi.NewChildId();
        await worker.RecordOk(unallocated, "contacts", new { receivedAt = DateTimeOffset.UtcNow.AddMinutes(-5), source = "2A", concerns = "c", consent = "Given" });

        var list = await worker.GetArray($"/api/open-clocks?team={team}");
        var row = list.Single()!;
        (row["childId"]!.GetValue<string>(), row["measure"]!.GetValue<string>(), row["status"]!.GetValue<string>(), row["worker"]!.GetValue<string>())
            .ShouldBe((child, "assessment", "open-overdue", "Sam Taylor"));

        var mine = (await worker.GetArray("/api/open-clocks")).Where(r => r!["childId"]!.GetValue<string>() == unallocated).ToArray();
        mine.Select(r => r!["measure"]!.GetValue<string>()).ShouldBe(["front-door-decision", "contact-decision-24h"], ignoreOrder: true);
        mine.ShouldAllBe(r => r!["team"] == null && r["status"]!.GetValue<string>() == "open-in-time");

        await worker.RecordOk(child, "allocations", new { allocatedAt = "2026-02-02T09:00:00Z", team, worker = "Jo Evans" });
        (await worker.GetArray($"/api/open-clocks?team={team}&worker=Jo%20Evans")).Single()!["childId"]!.GetValue<string>().ShouldBe(child);
        (await worker.GetArray($"/api/open-clocks?team={team}&worker=Sam%20Taylor")).ShouldBeEmpty();

        // The reallocation withdrawn (version 5): the case is Sam Taylor's again.
        await worker.RecordOk(child, "withdrawals", new { version = 5, reason = "Allocated to the wrong worker" });
        (await worker.GetArray($"/api/open-clocks?team={team}&worker=Sam%20Taylor")).Single()!["childId"]!.GetValue<string>().ShouldBe(child);
    }

    [Fact]
    public async Task The_next_visit_review_and_supervision_due_in_an_open_plan_are_on_the_list_beside_the_clocks()
    {
        var team = $"Team-{Guid.NewGuid().ToString("N")[..6]}";
        var child = JourneyApi.NewChildId();
        await using (var session = host.Store.LightweightSession())
        {
            session.Events.Append(child,
                new Journey.Domain.FrontDoor.ContactReceived(1, DateTimeOffset.Parse("2025-05-27T09:00:00+01:00"), "6", "c",
                    Journey.Domain.FrontDoor.ConsentStatus.NotRequired, null, false),
                new Journey.Domain.FrontDoor.CaseAllocated(DateTimeOffset.Parse("2025-05-28T09:00:00+01:00"), team, "Sam Taylor"),
                // Monday 2 June 2025; nothing held since.
                new Journey.Domain.Protection.ProtectionPlanStarted(1, 1, DateTimeOffset.Parse("2025-06-02T14:00:00+01:00"), "NEG"));
            await session.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var list = await host.ClientWithTeams("tm.priya.shah", [team], "team-manager").GetArray($"/api/open-clocks?team={team}");
        list.Select(r => $"{r!["measure"]}:{r["dueDate"]}:{r["status"]}").ShouldBe([
            "contact-decision-24h:2025-05-28:open-overdue",    // the contact, never decided
            "front-door-decision:2025-05-28:open-overdue",
            "first-core-group:2025-06-16:open-overdue",        // 10 working days
            "protection-visit:2025-06-16:open-overdue",        // 10 working days (from April 2018)
            "protection-supervision:2025-06-30:open-overdue",  // 4 weeks
            "first-review-conference:2025-09-02:open-overdue", // 3 months (the clock)
            "review-conference:2025-09-02:open-overdue",       // 3 months (the chain)
        ]);
        list.Where(r => r!["measure"]!.GetValue<string>() == "protection-visit").ShouldAllBe(r => r!["startDate"] == null && r["worker"]!.GetValue<string>() == "Sam Taylor");
    }
}
