using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Journey.IntegrationTests.Infrastructure;
using Npgsql;

namespace Journey.IntegrationTests.Integrity;

/// <summary>Journeys to verify, recorded as practitioners and migrations record them, and SQL to tamper with them.</summary>
public static class ChainFixtures
{
    /// <summary>
    /// A contact, a decision, a correction of the contact and the withdrawal of the decision, through
    /// the API: versions 1 ContactReceived, 2 FrontDoorDecisionMade, 3 EventCorrected, 4 EventWithdrawn.
    /// </summary>
    public static async Task<string> RecordCorrectedJourney(HttpClient worker)
    {
        var child = JourneyApi.NewChildId();
        await worker.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "Bruising seen at school", consent = "Given" });
        await worker.RecordOk(child, "front-door-decisions", new { decidedAt = "2026-03-04T10:00:00Z", outcome = "ReferralForAssessment", rationale = "r", decidedBy = "m" });
        var replacement = (await worker.Timeline(child))[0]!["data"]!.DeepClone().AsObject();
        replacement["occurredAt"] = "2026-03-03T09:00:00Z";
        await worker.RecordOk(child, "corrections", new { version = 1, reason = "Wrong day", replacement });
        await worker.RecordOk(child, "withdrawals", new { version = 2, reason = "Wrong child" });
        return child;
    }

    /// <summary>Three imported steps for a new child (versions 1–3), each with the importer's headers.</summary>
    public static async Task<string> ImportJourney(HttpClient importer)
    {
        var child = JourneyApi.NewChildId();
        var t = new DateTimeOffset(2025, 2, 3, 9, 0, 0, TimeSpan.Zero);
        string Line(string type, DateTimeOffset at, object data) =>
            JsonSerializer.Serialize(new { childId = child, type, occurredAt = at, recordedAt = at.AddHours(2), recordedBy = "sw.legacy.user", data });
        var content = new StringContent(string.Join("\n",
            Line("ContactReceived", t, new { source = "2A", concerns = "c", consent = "Given" }),
            Line("FrontDoorDecisionMade", t.AddHours(3), new { outcome = "ReferralForAssessment", rationale = "r", decidedBy = "m" }),
            Line("ReferralAccepted", t.AddHours(4), new { primaryNeed = "N1" })) + "\n", Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        var response = await importer.PostAsync("/api/import", content, TestContext.Current.CancellationToken);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        ((int)response.StatusCode).ShouldBe(200, report.ToJsonString());
        report["stored"]!.GetValue<int>().ShouldBe(3, report.ToJsonString());
        return child;
    }

    public static async Task<JsonObject> Verification(this HttpClient client, string childId)
    {
        var response = await client.GetAsync($"/api/children/{childId}/verification", TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBe(200, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    public static async Task<JsonObject> StoreVerification(this HttpClient client)
    {
        var response = await client.GetAsync("/api/verification", TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBe(200, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>The one break reported for a child: version, kind.</summary>
    public static (long Version, string Kind) OnlyBreak(this JsonObject report)
    {
        report["status"]!.GetValue<string>().ShouldBe("broken", report.ToJsonString());
        var broken = report["breaks"]!.AsArray().ShouldHaveSingleItem()!;
        return (broken["version"]!.GetValue<long>(), broken["kind"]!.GetValue<string>());
    }

    public static async Task<int> Execute(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<List<string>> Rows(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "-" : Convert.ToString(reader.GetValue(i)))));
        return rows;
    }
}
