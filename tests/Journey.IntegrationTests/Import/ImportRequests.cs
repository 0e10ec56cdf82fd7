using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Import;

/// <summary>POST /api/import as a migration officer, expecting its 200 report.</summary>
internal static class ImportRequests
{
    public static async Task<JsonObject> Import(this JourneyHost host, IEnumerable<string> lines)
    {
        var content = new StringContent(string.Join("\n", lines) + "\n", Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        var response = await host.ClientFor("migration.officer", "importer").PostAsync("/api/import", content, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBe(200, text);
        return JsonNode.Parse(text)!.AsObject();
    }
}
