using System.Text.Json.Nodes;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Import;

/// <summary>
/// An import line is held to the same form as a recording body (decision 69): instants with their
/// offset, code names exactly as documented, no control character in a name or code and none but tabs
/// and line breaks in free text. A line that breaks one is refused in the report, by field and rule,
/// and nothing of it is stored.
/// </summary>
public sealed class ImportLineFormTests(JourneyHost host)
{
    private static string Line(string child, string occurredAt = "2026-03-02T09:00:00Z", string recordedBy = "legacy.worker",
        string concerns = "Seen at school", string consent = "Given", string source = "2A") =>
        new JsonObject
        {
            ["childId"] = child,
            ["type"] = "ContactReceived",
            ["occurredAt"] = occurredAt,
            ["recordedAt"] = "2026-03-02T10:00:00Z",
            ["recordedBy"] = recordedBy,
            ["data"] = new JsonObject { ["source"] = source, ["concerns"] = concerns, ["consent"] = consent },
        }.ToJsonString();

    public static TheoryData<string, string, string> Faults => new()
    {
        { "occurredAt", "2026-03-02T09:00:00", "iso-8601-instant" },
        { "occurredAt", "2026-03-02", "iso-8601-instant" },
        { "consent", "given", "known-value" },
        { "consent", "Given, Refused", "known-value" },
        { "source", "2a", "cin-referral-source" },
        { "concerns", "Seen at school\u0000", "no-control-characters" },
        { "concerns", "Seen at school\u001b", "no-control-characters" },
        { "recordedBy", "legacy\nworker", "no-control-characters" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_line_not_in_the_documented_form_is_refused_by_field_and_rule_and_stores_nothing(string field, string value, string rule)
    {
        var child = JourneyApi.NewChildId();
        var line = field switch
        {
            "occurredAt" => Line(child, occurredAt: value),
            "recordedBy" => Line(child, recordedBy: value),
            "consent" => Line(child, consent: value),
            "source" => Line(child, source: value),
            _ => Line(child, concerns: value),
        };

        var report = await host.Import([line]);

        report["stored"]!.GetValue<int>().ShouldBe(0, report.ToJsonString());
        var violations = report["problems"]!.AsArray().ShouldHaveSingleItem()!["violations"]!.AsArray();
        var named = field is "occurredAt" or "recordedBy" ? field : $"data.{field}";
        violations.Select(v => (v!["field"]!.GetValue<string>(), v["rule"]!.GetValue<string>())).ShouldContain((named, rule), violations.ToJsonString());
        (await host.ClientFor("auditor.import.form", "auditor").Timeline(child)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Free_text_over_several_lines_is_imported_as_written()
    {
        var child = JourneyApi.NewChildId();
        const string concerns = "Seen at school.\nBruising on the arm.\r\n\tReported by the class teacher.";

        var report = await host.Import([Line(child, occurredAt: "2026-03-02T10:00:00+01:00", concerns: concerns)]);

        report["stored"]!.GetValue<int>().ShouldBe(1, report.ToJsonString());
        (await host.ClientFor("auditor.import.form", "auditor").Timeline(child)).ShouldHaveSingleItem()!["data"]!["concerns"]!.GetValue<string>().ShouldBe(concerns);
    }
}
