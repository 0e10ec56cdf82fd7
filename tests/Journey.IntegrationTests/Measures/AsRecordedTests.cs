using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Measures;

/// <summary>
/// What the service knew at a reporting date against what had happened by it: a decision made on
/// time but recorded weeks later is met as occurred and overdue as recorded.
/// </summary>
public sealed class AsRecordedTests(JourneyHost host)
{
    private async Task Import(params object[] lines)
    {
        var content = new StringContent(string.Join("\n", lines.Select(l => JsonSerializer.Serialize(l))), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        var report = JsonNode.Parse(await (await host.ClientFor("migration.officer", "importer")
            .PostAsync("/api/import", content, TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        report["refused"]!.GetValue<int>().ShouldBe(0, report.ToJsonString());
    }

    [Fact]
    public async Task A_decision_recorded_late_is_met_as_occurred_and_overdue_as_recorded()
    {
        var child = JourneyApi.NewChildId();
        await Import(
            new
            {
                childId = child,
                type = "ContactReceived",
                occurredAt = "2026-02-02T09:00:00Z",
                recordedAt = "2026-02-03T12:00:00Z",
                recordedBy = "mash",
                data = new { source = "2A", concerns = "c", consent = "Given" }
            },
            new
            {
                childId = child,
                type = "FrontDoorDecisionMade",
                occurredAt = "2026-02-02T15:00:00Z",
                recordedAt = "2026-02-20T10:00:00Z",
                recordedBy = "mgr",
                data = new { outcome = "EarlyHelp", rationale = "r", decidedBy = "m" }
            });
        var client = host.ClientFor("analyst.kim");
        string Status(JsonArray rows) => rows.Single()!["status"]!.GetValue<string>();
        var url = $"/api/measures?childId={child}&measure=front-door-decision";

        Status(await client.GetArray($"{url}&asAt=2026-02-10")).ShouldBe("met");
        Status(await client.GetArray($"{url}&asAt=2026-02-10&asRecorded=true")).ShouldBe("open-overdue");
        Status(await client.GetArray($"{url}&asAt=2026-02-28&asRecorded=true")).ShouldBe("met");
        (await client.GetArray($"{url}&asAt=2026-02-02T20:00:00Z&asRecorded=true")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_step_recorded_through_the_api_is_known_from_the_moment_it_was_recorded()
    {
        var child = JourneyApi.NewChildId();
        var client = host.ClientFor("mash.worker.amy");
        await client.RecordOk(child, "contacts", new { receivedAt = "2026-02-02T09:00:00Z", source = "2A", concerns = "c", consent = "Given" });
        var url = $"/api/measures?childId={child}&measure=front-door-decision&asRecorded=true";

        (await client.GetArray($"{url}&asAt={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(-10).ToString("O"))}")).ShouldBeEmpty();
        (await client.GetArray($"{url}&asAt={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(10).ToString("O"))}")).Count.ShouldBe(1);
    }
}
