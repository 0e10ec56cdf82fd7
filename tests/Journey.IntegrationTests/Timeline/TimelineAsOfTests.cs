using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Timeline;

/// <summary>An auditor's two questions: what did the service show on a date, and what had happened by then.</summary>
public sealed class TimelineAsOfTests(JourneyHost host)
{
    [Fact]
    public async Task The_timeline_as_recorded_and_as_occurred_on_a_date()
    {
        var child = JourneyApi.NewChildId();
        object Line(string type, string occurredAt, string recordedAt, object data) =>
            new { childId = child, type, occurredAt, recordedAt, recordedBy = "legacy.user", data };
        var lines = new[]
        {
            Line("ContactReceived", "2025-03-03T09:00:00Z", "2025-03-03T10:00:00Z", new { source = "2A", concerns = "c", consent = "Given" }),
            Line("FrontDoorDecisionMade", "2025-03-03T15:00:00Z", "2025-04-10T09:00:00Z", new { outcome = "ReferralForAssessment", rationale = "r", decidedBy = "m" }),
            Line("ReferralAccepted", "2025-03-04T09:00:00Z", "2025-04-10T09:05:00Z", new { }),
        };
        var content = new StringContent(string.Join("\n", lines.Select(l => JsonSerializer.Serialize(l))), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        (await host.ClientFor("migration.officer", "importer").PostAsync("/api/import", content, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        var auditor = host.ClientFor("auditor", "auditor");
        async Task<string[]> Types(string query) =>
            (await (await auditor.GetAsync($"/api/children/{child}/timeline?{query}", TestContext.Current.CancellationToken)).ReadJson())["entries"]!
                .AsArray().Select(e => e!["type"]!.GetValue<string>()).ToArray();

        (await Types("asRecordedAt=2025-03-31")).ShouldBe(["ContactReceived"]);
        (await Types("asOccurredAt=2025-03-03")).ShouldBe(["ContactReceived", "FrontDoorDecisionMade"]);
        (await Types("asRecordedAt=2025-04-30")).ShouldBe(["ContactReceived", "FrontDoorDecisionMade", "ReferralAccepted"]);
        ((int)(await auditor.GetAsync($"/api/children/{child}/timeline?asRecordedAt=2025-03-01", TestContext.Current.CancellationToken)).StatusCode).ShouldBe(404);
        ((int)(await auditor.GetAsync($"/api/children/{child}/timeline?asOccurredAt=someday", TestContext.Current.CancellationToken)).StatusCode).ShouldBe(400);
    }

    [Fact]
    public async Task A_correction_shows_from_when_it_was_recorded_and_the_original_before()
    {
        var child = JourneyApi.NewChildId();
        var worker = host.ClientFor("sw.sam.taylor");
        await worker.RecordOk(child, "contacts", new { receivedAt = "2025-06-02T09:00:00Z", source = "2A", concerns = "c", consent = "Given" });
        var contact = (await worker.Timeline(child))[0]!;
        var original = contact["data"]!.AsObject();
        var replacement = original.DeepClone().AsObject();
        replacement["occurredAt"] = "2025-06-01T09:00:00Z";
        // The moment the contact was recorded, before the correction was.
        var recordedBefore = contact["recordedAt"]!.GetValue<DateTimeOffset>().ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ");
        await worker.RecordOk(child, "corrections", new { version = 1, reason = "Received the day before", replacement });
        var auditor = host.ClientFor("auditor", "auditor");
        async Task<JsonArray> Entries(string query) =>
            (await (await auditor.GetAsync($"/api/children/{child}/timeline?{query}", TestContext.Current.CancellationToken)).ReadJson())["entries"]!.AsArray();

        var before = await Entries($"asRecordedAt={Uri.EscapeDataString(recordedBefore)}");
        before.Select(e => $"{e!["type"]}:{e["status"]}").ShouldBe(["ContactReceived:recorded"]);
        before[0]!["data"]!["occurredAt"]!.GetValue<DateTimeOffset>().ShouldBe(DateTimeOffset.Parse("2025-06-02T09:00:00Z"));

        var now = await Entries("");
        now.Select(e => $"{e!["type"]}:{e["status"]}").ShouldBe(["ContactReceived:corrected", "EventCorrected:"]); // a correction has no status of its own
        now[0]!["current"]!["occurredAt"]!.GetValue<DateTimeOffset>().ShouldBe(DateTimeOffset.Parse("2025-06-01T09:00:00Z"));
        // As it happened by 1 June: the contact, as now known, had been received by then.
        (await Entries("asOccurredAt=2025-06-01")).Select(e => e!["type"]!.GetValue<string>()).ShouldContain("ContactReceived");
    }
}
