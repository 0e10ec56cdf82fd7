using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Journey.IntegrationTests.Infrastructure;
using Npgsql;

namespace Journey.IntegrationTests.Retention;

/// <summary>Children whose retention period has or has not ended, recorded as practitioners record them, and disposal as administrators ask for it.</summary>
public static class RetentionFixtures
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>
    /// A contact in January 2010 about a child born on 6 January 1985 (details taken the next day): a
    /// contact-only record, kept until the child reached 30 on 6 January 2015 (contact-only-30y), so due now.
    /// </summary>
    public static async Task<string> RecordDueChild(HttpClient worker, string? childId = null)
    {
        var child = childId ?? "RET-" + JourneyApi.NewChildId();
        await worker.RecordOk(child, "contacts", new { receivedAt = "2010-01-04T09:00:00Z", source = "2A", concerns = "Bruising seen at school", consent = "Given" });
        await worker.RecordOk(child, "details", new { recordedAt = "2010-01-05T10:00:00Z", dateOfBirth = "1985-01-06", gender = "F", ethnicity = "WBRI" });
        return child;
    }

    /// <summary>A contact this year about a child with no date of birth recorded: kept 30 years from the contact.</summary>
    public static async Task<string> RecordChildNotDue(HttpClient worker)
    {
        var child = "RET-" + JourneyApi.NewChildId();
        await worker.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "Bruising seen at school", consent = "Given" });
        return child;
    }

    public static Task<HttpResponseMessage> Dispose(this HttpClient administrator, string childId,
        string authorisedBy = "records.manager.rita", string reason = "Retention period ended; reviewed by the records manager.") =>
        administrator.PostAsJsonAsync($"/api/children/{childId}/disposal", new { authorisedBy, reason }, JourneyApi.Json, Cancel);

    public static async Task<JsonObject> DisposeOk(this HttpClient administrator, string childId)
    {
        var response = await administrator.Dispose(childId);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        ((int)response.StatusCode).ShouldBe(200, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    public static async Task<(int Status, JsonObject Problem)> Refusal(this Task<HttpResponseMessage> call)
    {
        var response = await call;
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!.AsObject());
    }

    public static string Rule(this JsonObject problem) => problem["violations"]![0]!["rule"]!.GetValue<string>();

    /// <summary>
    /// Every table of the database (any schema but PostgreSQL's own) holding the value anywhere in a row,
    /// with how many rows: found by scanning every row's text, so a table nobody thought of is found too.
    /// </summary>
    public static async Task<Dictionary<string, long>> TablesHolding(string connectionString, string value)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Cancel);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("""
            SELECT format('%I.%I', table_schema, table_name) FROM information_schema.tables
             WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync(Cancel))
            while (await reader.ReadAsync(Cancel)) tables.Add(reader.GetString(0));
        var holding = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table} t WHERE strpos(t::text, @v) > 0", connection);
            count.Parameters.AddWithValue("v", value);
            if ((long)(await count.ExecuteScalarAsync(Cancel))! is var n and > 0) holding[table] = n;
        }
        return holding;
    }
}
