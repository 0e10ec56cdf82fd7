using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Returns.Ssda903;

/// <summary>The SSDA903 return as a returns officer receives it (the zip of its files), and children recorded through the import.</summary>
internal static class Ssda903Api
{
    public static HttpClient Officer(this JourneyHost host) => host.ClientFor("returns.officer.rae", "returns-officer");

    /// <summary>Every file of the return for the year, by name, in the zip's order: each a list of lines (CRLF ended).</summary>
    public static async Task<List<(string Name, string[] Lines)>> Ssda903Return(this JourneyHost host, int year)
    {
        var response = await host.Officer().GetAsync($"/api/returns/ssda903?year={year}", TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBe(200, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        return zip.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            var text = reader.ReadToEnd();
            text.ShouldEndWith("\r\n", customMessage: e.FullName);
            return (e.FullName, text[..^2].Split("\r\n"));
        }).ToList();
    }

    /// <summary>The rows of one file that are these children's, in the file's order.</summary>
    public static string[] Rows(this List<(string Name, string[] Lines)> files, string file, params string[] children) =>
        files.Single(f => f.Name == file).Lines.Skip(1).Where(l => children.Any(c => l.StartsWith(c + ",", StringComparison.Ordinal))).ToArray();

    /// <summary>Imports the lines (each with childId, type, occurredAt, data; recorded an hour after it occurred) and expects every one stored.</summary>
    public static async Task Import(this JourneyHost host, params object[] lines)
    {
        var content = new StringContent(string.Join("\n", lines.Select(l => JsonSerializer.Serialize(l))) + "\n", Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        var response = await host.ClientFor("migration.officer", "importer").PostAsync("/api/import", content, TestContext.Current.CancellationToken);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        report["refused"]!.GetValue<int>().ShouldBe(0, report.ToJsonString());
    }

    /// <summary>One import line for a step of the child's that happened at <paramref name="at"/> (with its UK offset) and was recorded an hour later.</summary>
    public static object Step(string child, string type, string at, object? data = null) => new
    {
        childId = child,
        type,
        occurredAt = at,
        recordedAt = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture).AddHours(1).ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ"),
        recordedBy = "sw.test",
        data = data ?? new { },
    };
}
