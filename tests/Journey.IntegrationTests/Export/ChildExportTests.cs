using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Export;

/// <summary>A child's complete journey for a court bundle: JSON that round-trips the timeline, and a printable, self-contained HTML chronology.</summary>
public sealed partial class ChildExportTests(JourneyHost host)
{
    private const string Markup = "<script>alert('x')</script> & <b>bold</b>";
    private readonly HttpClient _worker = host.ClientFor("sw.sam.taylor");
    private readonly HttpClient _auditor = host.ClientFor("auditor.ann", "auditor");

    /// <summary>
    /// v1 contact (concerns carry markup), v2 decision for referral, v3 referral, v4 correction of
    /// the contact (received a day earlier), v5 withdrawal of the referral.
    /// </summary>
    private async Task<string> JourneyWithCorrectionAndWithdrawal()
    {
        var child = JourneyApi.NewChildId();
        await _worker.RecordOk(child, "contacts", new { receivedAt = "2026-03-03T09:00:00Z", source = "2A", concerns = Markup, consent = "Given" });
        await _worker.RecordOk(child, "front-door-decisions",
            new { decidedAt = "2026-03-04T10:00:00Z", outcome = "ReferralForAssessment", rationale = "Needs assessment", decidedBy = "MASH manager" });
        await _worker.RecordOk(child, "referrals", new { acceptedAt = "2026-03-05T10:00:00Z" });
        var original = (await _worker.Timeline(child))[0]!["data"]!.AsObject();
        var replacement = original.DeepClone().AsObject();
        replacement["occurredAt"] = "2026-03-02T09:00:00Z";
        await _worker.RecordOk(child, "corrections", new { version = 1, reason = "Date typed wrongly from the MASH log", replacement });
        await _worker.RecordOk(child, "withdrawals", new { version = 3, reason = "Recorded against the wrong child" });
        return child;
    }

    private async Task<JsonObject> Get(string url)
    {
        var response = await _auditor.GetAsync(url, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBe(200, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    [Fact]
    public async Task The_json_export_holds_every_event_with_its_provenance_exactly_as_the_timeline_shows_it()
    {
        var child = await JourneyWithCorrectionAndWithdrawal();

        var export = await Get($"/api/children/{child}/export.json");
        var timeline = await Get($"/api/children/{child}/timeline");

        export["childId"]!.GetValue<string>().ShouldBe(child);
        export["generatedBy"]!.GetValue<string>().ShouldBe("auditor.ann");
        export["version"]!.GetValue<long>().ShouldBe(5);
        var events = export["events"]!.AsArray();
        JsonNode.DeepEquals(events, timeline["entries"]).ShouldBeTrue();
        // Every event once, each correction and withdrawal straight after what it changed.
        events.Select(e => e!["version"]!.GetValue<long>()).ShouldBe([1L, 4, 2, 3, 5]);
        events.Select(e => e!["type"]!.GetValue<string>()).ShouldBe(
            ["ContactReceived", "EventCorrected", "FrontDoorDecisionMade", "ReferralAccepted", "EventWithdrawn"]);
        foreach (var e in events)
        {
            e!["recordedBy"]!.GetValue<string>().ShouldBe("sw.sam.taylor");
            e["recordedAt"]!.GetValue<DateTimeOffset>().ShouldBeGreaterThan(DateTimeOffset.Parse("2026-11-01T00:00:00Z"));
            e["correlationId"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        }
        events[0]!["status"]!.GetValue<string>().ShouldBe("corrected");
        events[0]!["data"]!["concerns"]!.GetValue<string>().ShouldBe(Markup);
        events[0]!["current"]!["occurredAt"]!.GetValue<DateTimeOffset>().ShouldBe(DateTimeOffset.Parse("2026-03-02T09:00:00Z"));
        events[1]!["changes"]!.GetValue<long>().ShouldBe(1);
        events[3]!["status"]!.GetValue<string>().ShouldBe("withdrawn");
        events[4]!["changes"]!.GetValue<long>().ShouldBe(3);
        events[4]!["data"]!["reason"]!.GetValue<string>().ShouldBe("Recorded against the wrong child");

        // The measures as they stand now: the decision clock runs from the corrected contact.
        var measures = export["measures"]!.AsArray();
        measures.ShouldAllBe(m => m!["childId"]!.GetValue<string>() == child);
        var decision = measures.Single(m => m!["measure"]!.GetValue<string>() == "front-door-decision")!;
        decision["startDate"]!.GetValue<string>().ShouldBe("2026-03-02");
        decision["status"]!.GetValue<string>().ShouldBe("late");
        export["chains"]!.AsArray().ShouldBeEmpty();
        export["measuresAsRecorded"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task The_json_export_as_recorded_and_as_occurred_matches_the_timeline_of_the_same_view()
    {
        var child = JourneyApi.NewChildId();
        object Line(string type, string occurredAt, string recordedAt, object data) =>
            new { childId = child, type, occurredAt, recordedAt, recordedBy = "legacy.user", data };
        await Import(
            Line("ContactReceived", "2025-03-03T09:00:00Z", "2025-03-03T10:00:00Z", new { source = "2A", concerns = "c", consent = "Given" }),
            Line("FrontDoorDecisionMade", "2025-03-03T15:00:00Z", "2025-04-10T09:00:00Z", new { outcome = "ReferralForAssessment", rationale = "r", decidedBy = "m" }),
            Line("ReferralAccepted", "2025-03-04T09:00:00Z", "2025-04-10T09:05:00Z", new { }));

        foreach (var query in new[] { "asRecordedAt=2025-03-31", "asOccurredAt=2025-03-03", "asRecordedAt=2025-04-30&asOccurredAt=2025-03-03" })
        {
            var export = await Get($"/api/children/{child}/export.json?{query}");
            var timeline = await Get($"/api/children/{child}/timeline?{query}");
            JsonNode.DeepEquals(export["events"], timeline["entries"]).ShouldBeTrue(query);
        }
        var asRecorded = await Get($"/api/children/{child}/export.json?asRecordedAt=2025-03-31");
        asRecorded["events"]!.AsArray().Select(e => e!["type"]!.GetValue<string>()).ShouldBe(["ContactReceived"]);
        asRecorded["events"]![0]!["importedBy"]!.GetValue<string>().ShouldBe("migration.officer");
        asRecorded["events"]![0]!["recordedBy"]!.GetValue<string>().ShouldBe("legacy.user");
        // 31 March 2025 ended at 23:59:59 BST (22:59:59 UTC); what had been recorded then: the decision was
        // recorded on 10 April, so the 1-working-day decision clock started 3 March was open and overdue.
        asRecorded["measuresAsAt"]!.GetValue<DateTimeOffset>().ShouldBe(DateTimeOffset.Parse("2025-03-31T22:59:59.9999999Z"));
        asRecorded["measuresAsRecorded"]!.GetValue<bool>().ShouldBeTrue();
        asRecorded["measures"]!.AsArray().Single(m => m!["measure"]!.GetValue<string>() == "front-door-decision")!["status"]!
            .GetValue<string>().ShouldBe("open-overdue");
        var asOccurred = await Get($"/api/children/{child}/export.json?asOccurredAt=2025-03-03");
        asOccurred["measures"]!.AsArray().Single(m => m!["measure"]!.GetValue<string>() == "front-door-decision")!["status"]!
            .GetValue<string>().ShouldBe("met");

        var unknown = await _auditor.GetAsync($"/api/children/{JourneyApi.NewChildId()}/export.json", TestContext.Current.CancellationToken);
        ((int)unknown.StatusCode).ShouldBe(404);
        var malformed = await _auditor.GetAsync($"/api/children/{child}/export.html?asOccurredAt=someday", TestContext.Current.CancellationToken);
        ((int)malformed.StatusCode).ShouldBe(400);
    }

    [Fact]
    public async Task The_html_chronology_shows_each_step_in_order_in_plain_words_with_corrections_beside_the_original()
    {
        var child = await JourneyWithCorrectionAndWithdrawal();

        var response = await _auditor.GetAsync($"/api/children/{child}/export.html", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain($"Chronology of child {child}");
        html.ShouldContain("by auditor.ann");
        var rows = Rows().Matches(html[html.IndexOf("<table class=\"steps\">", StringComparison.Ordinal)..]).Select(m => m.Value).ToList();
        rows.Count.ShouldBe(5);
        rows[0].ShouldContain("Contact received");
        rows[0].ShouldContain("A contact about the child reached the front door (MASH).");
        rows[0].ShouldContain("Mon 2 Mar 2026 09:00"); // the corrected date beside the original: 2 March, GMT
        rows[0].ShouldContain("Tue 3 Mar 2026 09:00"); // as first recorded
        rows[0].ShouldContain("Corrected");
        rows[1].ShouldContain("Correction of version 1");
        rows[1].ShouldContain("Date typed wrongly from the MASH log");
        rows[1].ShouldContain("A practitioner corrected an earlier step.");
        rows[2].ShouldContain("Front door decision made");
        rows[2].ShouldContain("Front door");
        rows[2].ShouldContain("outcome: Referral for assessment");
        rows[3].ShouldContain("Referral accepted");
        rows[3].ShouldContain("Withdrawn");
        rows[4].ShouldContain("Withdrawal of version 3");
        rows[4].ShouldContain("Recorded against the wrong child");
        html.ShouldContain("Timeliness measures");
        html.ShouldContain("front-door-decision");
        html.ShouldContain("Late");
    }

    [Fact]
    public async Task The_html_chronology_escapes_markup_and_is_self_contained()
    {
        var child = await JourneyWithCorrectionAndWithdrawal();

        var html = await (await _auditor.GetAsync($"/api/children/{child}/export.html", TestContext.Current.CancellationToken))
            .Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("<b>bold");
        html.ShouldContain("&lt;script&gt;");
        html.ShouldContain("&lt;b&gt;bold&lt;/b&gt;");
        foreach (var external in new[] { "http://", "https://", "src=", "href=", "<link", "@import", "url(", "<iframe", "<img", "<object", " on" + "load=" })
            html.ShouldNotContain(external, Case.Insensitive);
        html.ShouldContain("<style>");
    }

    [Fact]
    public void Every_event_type_has_a_stage_and_a_meaning_in_plain_words()
    {
        foreach (var type in Journey.Domain.Journeys.JourneyEventTypes.All.Select(t => t.Name))
        {
            Journey.Api.Export.StepWords.Stage(type).ShouldNotBeNullOrWhiteSpace(type);
            Journey.Api.Export.StepWords.Meaning(type).ShouldEndWith(".", customMessage: type);
        }
        Journey.Api.Export.StepWords.Name("Section47ChildSeen").ShouldBe("Section 47 child seen");
        Journey.Api.Export.StepWords.Name("FrontDoorDecisionMade").ShouldBe("Front door decision made");
    }

    private async Task Import(params object[] lines)
    {
        var content = new StringContent(string.Join("\n", lines.Select(l => JsonSerializer.Serialize(l))), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        (await host.ClientFor("migration.officer", "importer").PostAsync("/api/import", content, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
    }

    [GeneratedRegex("<tr class=\"(step|change|withdrawn)\">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Rows();
}
