using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Measures;

/// <summary>Measure rows by the team and worker holding the case at the as-at instant.</summary>
public sealed class MeasureTeamFilterTests(JourneyHost host)
{
    [Fact]
    public async Task Rows_carry_and_filter_by_the_team_and_worker_holding_the_case_at_the_time_asked_about()
    {
        var north = $"North-{Guid.NewGuid().ToString("N")[..6]}";
        var south = $"South-{Guid.NewGuid().ToString("N")[..6]}";
        // The manager of both teams and of the front door (which alone records for a child no team holds yet): the case moves from north to south.
        var client = host.ClientWithTeams("tm.priya.shah", [north, south, "MASH"], "team-manager");
        var child = JourneyApi.NewChildId();
        await client.RecordOk(child, "contacts", new { receivedAt = "2026-01-05T09:00:00Z", source = "2A", concerns = "c", consent = "Given" });
        await client.RecordOk(child, "front-door-decisions", new { decidedAt = "2026-01-05T10:00:00Z", outcome = "ReferralForAssessment", rationale = "r", decidedBy = "m" });
        await client.RecordOk(child, "referrals", new { acceptedAt = "2026-01-05T10:05:00Z" });
        await client.RecordOk(child, "allocations", new { allocatedAt = "2026-01-06T09:00:00Z", team = north, worker = "Sam Taylor" });
        await client.RecordOk(child, "allocations", new { allocatedAt = "2026-03-02T09:00:00Z", team = south, worker = "Jo Evans" });

        var inFebruary = await client.GetArray($"/api/measures?team={north}&asAt=2026-02-27");
        inFebruary.Select(r => r!["measure"]!.GetValue<string>()).ShouldBe(["allocation", "assessment", "contact-decision-24h", "front-door-decision"], ignoreOrder: true);
        inFebruary.ShouldAllBe(r => r!["childId"]!.GetValue<string>() == child && r["worker"]!.GetValue<string>() == "Sam Taylor");
        (await client.GetArray($"/api/measures?team={south}&asAt=2026-02-27")).ShouldBeEmpty();

        (await client.GetArray($"/api/measures?team={north}&asAt=2026-03-02")).ShouldBeEmpty();
        (await client.GetArray($"/api/measures?team={south}&worker=Jo%20Evans&asAt=2026-03-02")).Count.ShouldBe(4);
        (await client.GetArray($"/api/measures?team={south}&worker=Sam%20Taylor&asAt=2026-03-02")).ShouldBeEmpty();

        var csv = await client.GetStringAsync($"/api/measures.csv?team={south}&measure=assessment", TestContext.Current.CancellationToken);
        csv.Split("\r\n")[1].ShouldEndWith($",{south},Jo Evans");
    }
}
