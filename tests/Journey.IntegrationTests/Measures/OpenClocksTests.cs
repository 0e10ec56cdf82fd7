using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Measures;

/// <summary>The team manager's list: clocks still running, overdue first, with who holds each case.</summary>
public sealed class OpenClocksTests(JourneyHost host)
{
    [Fact]
    public async Task Open_clocks_list_by_team_and_worker_overdue_first_and_follow_reallocation()
    {
        var team = $"Team-{Guid.NewGuid().ToString("N")[..6]}";
        var worker = host.ClientFor("tm.priya.shah");
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
}
