using Journey.IntegrationTests.Import;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Returns;

/// <summary>
/// The returns' validator rules at entry (decision 96), end to end against PostgreSQL: a step the CIN census
/// validator rejects is refused naming the field and the rule and nothing is stored, and an import line breaking
/// an SSDA903 rule is refused in the import's report with the rule named.
/// </summary>
public sealed class EntryRulesTests(JourneyHost host)
{
    private readonly HttpClient _worker = host.ClientFor("sw.sam.taylor");

    [Fact]
    public async Task An_initial_conference_on_Saturday_7_March_2026_is_refused_naming_rule_cin_8875_and_on_Friday_6_March_accepted()
    {
        var child = JourneyApi.NewChildId();
        await _worker.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "Bruising seen at school", consent = "Given" });
        await _worker.RecordOk(child, "front-door-decisions", new { decidedAt = "2026-03-02T10:00:00Z", outcome = "StrategyDiscussion", rationale = "Injury", decidedBy = "MASH manager" });
        await _worker.RecordOk(child, "strategy-discussions", new { heldAt = "2026-03-03T10:00:00Z", initiatesSection47 = true });
        await _worker.RecordOk(child, "section-47-enquiries/concluded", new { concludedAt = "2026-03-05T10:00:00Z", outcome = "InitialConference" });
        var before = (await _worker.Timeline(child)).ToJsonString();

        var response = await _worker.Record(child, "initial-conferences", new { heldAt = "2026-03-07T10:00:00Z", planRequired = true, category = "PHY" });

        ((int)response.StatusCode).ShouldBe(400);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var violation = (await response.ReadJson())["violations"]!.AsArray().Single()!;
        (violation["field"]!.GetValue<string>(), violation["rule"]!.GetValue<string>()).ShouldBe(("heldAt", "cin-8875"));
        violation["message"]!.GetValue<string>().ShouldContain("CIN census rule 8875");
        (await _worker.Timeline(child)).ToJsonString().ShouldBe(before);
        await _worker.RecordOk(child, "initial-conferences", new { heldAt = "2026-03-06T10:00:00Z", planRequired = true, category = "PHY" });
    }

    [Fact]
    public async Task An_import_line_entering_care_at_18_is_refused_in_the_report_naming_rule_ssda903_352()
    {
        var child = JourneyApi.NewChildId();
        string Line(string type, string at, string data) =>
            $$"""{"childId":"{{child}}","type":"{{type}}","occurredAt":"{{at}}","recordedAt":"{{at}}","recordedBy":"migration.officer","data":{{data}}}""";
        var report = await host.Import(
        [
            Line("ContactReceived", "2025-06-02T09:00:00Z", """{"source":"6","concerns":"Homeless","consent":"NotRequired"}"""),
            Line("ChildDetailsRecorded", "2025-06-02T10:00:00Z", """{"dateOfBirth":"2007-06-02","gender":"M","ethnicity":"BAFR"}"""),
            Line("EnteredCare", "2025-06-02T12:00:00Z", """{"legalStatus":"V2","planned":false}"""),
        ]);

        report["stored"]!.GetValue<int>().ShouldBe(2, report.ToJsonString());
        var problem = report["problems"]!.AsArray().Single()!;
        problem["line"]!.GetValue<int>().ShouldBe(3);
        problem["violations"]!.AsArray().Select(v => $"{v!["field"]}:{v["rule"]}").ShouldBe(["occurredAt:ssda903-352"]);
    }
}
