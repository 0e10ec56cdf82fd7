using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Journey.Api.Import;
using Journey.Domain.Journeys;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Import;

/// <summary>Keeps docs/events.md in step with the code: every event and field listed, every example line importable.</summary>
public sealed partial class EventsDocumentTests(JourneyHost host)
{
    private static readonly string Document = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "events.md"));

    [GeneratedRegex(@"^## (\w+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    private static Dictionary<string, string> Sections()
    {
        var headings = Heading().Matches(Document);
        return headings.Select((h, i) => (Name: h.Groups[1].Value,
                Text: Document[h.Index..(i + 1 < headings.Count ? headings[i + 1].Index : Document.Length)]))
            .ToDictionary(s => s.Name, s => s.Text);
    }

    public static TheoryData<string> EventTypes => new(JourneyEventTypes.All.Select(t => t.Name));

    [Theory, MemberData(nameof(EventTypes))]
    public void Every_event_type_is_documented_with_each_of_its_fields(string eventType)
    {
        var sections = Sections();
        sections.ShouldContainKey(eventType);
        var fields = JourneyEventTypes.ByName[eventType].GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));
        foreach (var field in fields) sections[eventType].ShouldContain($"| `{field}` |", customMessage: $"{eventType}.{field}");
    }

    [Fact]
    public void No_event_is_documented_that_the_code_does_not_have() =>
        Sections().Keys.ShouldBeSubsetOf(JourneyEventTypes.All.Select(t => t.Name));

    [Fact]
    public async Task The_example_lines_are_one_journey_that_imports_whole()
    {
        var child = JourneyApi.NewChildId();
        var lines = Regex.Matches(Document, "```json\n(.+?)\n```").Select(m => m.Groups[1].Value.Replace("DOC-0001", child)).ToArray();
        lines.Select(l => JsonNode.Parse(l)!["type"]!.GetValue<string>()).Order()
            .ShouldBe(JourneySteps.All.Concat(ImportedChanges.ByEventName.Values).Select(s => s.Event.Name).Order());

        var content = new StringContent(string.Join("\n", lines), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        var response = await host.ClientFor("docs.reader", "importer").PostAsync("/api/import", content, TestContext.Current.CancellationToken);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        report["refused"]!.GetValue<int>().ShouldBe(0, report.ToJsonString());
        report["stored"]!.GetValue<int>().ShouldBe(lines.Length);
        (await host.ClientFor("auditor", "auditor").Timeline(child)).Count.ShouldBe(lines.Length + 2);
    }
}
