using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Journey.IntegrationTests.Infrastructure;

/// <summary>Small helpers for calling the API as a practitioner would.</summary>
public static class JourneyApi
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(allowIntegerValues: false) } };

    public static string NewChildId() => $"T-{Guid.NewGuid().ToString("N")[..12]}";

    public static Task<HttpResponseMessage> Record(this HttpClient client, string childId, string step, object body) =>
        client.PostAsJsonAsync($"/api/children/{childId}/{step}", body, Json);

    public static async Task<JsonObject> RecordOk(this HttpClient client, string childId, string step, object body)
    {
        var response = await client.Record(childId, step, body);
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(200, $"POST {step} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public static async Task<JsonObject> ReadJson(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static async Task<JsonArray> GetArray(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(200, $"GET {url} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsArray();
    }

    /// <summary>The events stored for a child, as the timeline shows them (an empty list when none).</summary>
    public static async Task<JsonArray> Timeline(this HttpClient client, string childId)
    {
        var response = await client.GetAsync($"/api/children/{childId}/timeline");
        // 404: no journey; 400: an id that cannot be a child's, under which nothing can be stored.
        if ((int)response.StatusCode is 404 or 400) return [];
        ((int)response.StatusCode).ShouldBe(200, $"GET the timeline of {childId} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.ReadJson())["entries"]!.AsArray();
    }
}
