using System.Text.Json;
using Journey.IntegrationTests.Infrastructure;
using Npgsql;

namespace Journey.IntegrationTests.Access;

/// <summary>A row of journey.access_log as the table holds it.</summary>
public sealed record AccessLogRow(long Id, string UserName, string[] Roles, string View, Dictionary<string, string> Parameters,
    string Scope, string[] ChildIds, string? FamilyId, string? CorrelationId, string Method, string? RefusedRule);

/// <summary>Reads access-log rows straight from the table, sends reads each tagged with a correlation id of their own, and makes children to read.</summary>
public static class AccessLogRows
{
    public static async Task<List<AccessLogRow>> ByCorrelation(JourneyHost host, string correlationId)
    {
        await using var connection = host.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT id, user_name, roles, view, parameters::text, scope, child_ids, family_id, correlation_id, method, refused_rule FROM journey.access_log WHERE correlation_id = @id ORDER BY id",
            connection);
        command.Parameters.AddWithValue("id", correlationId);
        var rows = new List<AccessLogRow>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            rows.Add(new AccessLogRow(reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<string[]>(2), reader.GetString(3),
                JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(4))!, reader.GetString(5), reader.GetFieldValue<string[]>(6),
                reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetString(10)));
        return rows;
    }

    /// <summary>Two new children, each with a contact, linked to one new family, recorded by <paramref name="worker"/> (a front-door team's).</summary>
    public static async Task<(string Child, string Sibling, string Family)> Siblings(HttpClient worker)
    {
        var family = $"FAM-{Guid.NewGuid().ToString("N")[..8]}";
        var child = JourneyApi.NewChildId();
        var sibling = JourneyApi.NewChildId();
        foreach (var c in new[] { child, sibling })
        {
            await worker.RecordOk(c, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "c", consent = "Given" });
            await worker.RecordOk(c, "family", new { linkedAt = "2026-03-02T10:00:00Z", familyId = family, relationship = "sibling" });
        }
        return (child, sibling, family);
    }

    /// <summary>GET <paramref name="url"/> with a fresh X-Correlation-ID; answers the response and that id.</summary>
    public static async Task<(HttpResponseMessage Response, string CorrelationId)> Read(HttpClient client, string url)
    {
        var correlation = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Correlation-ID", correlation);
        return (await client.SendAsync(request, TestContext.Current.CancellationToken), correlation);
    }
}
