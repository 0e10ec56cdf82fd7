using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Journey.IntegrationTests.Infrastructure;
using Npgsql;

namespace Journey.IntegrationTests.Import;

/// <summary>POST /api/import: NDJSON through the same rules as the API, a report by line, and no double storing.</summary>
public sealed class ImportTests(JourneyHost host)
{
    private static string Line(string childId, string type, DateTimeOffset occurredAt, object data, string recordedBy = "sw.legacy.user") =>
        JsonSerializer.Serialize(new { childId, type, occurredAt, recordedAt = occurredAt.AddHours(2), recordedBy, data });

    /// <summary>950 valid lines for 190 children, and 50 refused lines of five kinds at known places.</summary>
    private static (List<string> Lines, Dictionary<int, string> ExpectedRefusals) Thousand(string run)
    {
        var valid = new List<string>();
        for (var i = 0; i < 190; i++)
        {
            var child = $"{run}-{i:000}";
            var t = new DateTimeOffset(2025, 1, 6, 9, 0, 0, TimeSpan.Zero).AddHours(i);
            valid.Add(Line(child, "ContactReceived", t, new { source = "2A", concerns = "c", consent = "Given" }));
            valid.Add(Line(child, "FrontDoorDecisionMade", t.AddHours(3), new { outcome = "ReferralForAssessment", rationale = "r", decidedBy = "m" }));
            valid.Add(Line(child, "ReferralAccepted", t.AddHours(4), new { primaryNeed = "N1" }));
            valid.Add(Line(child, "AssessmentStarted", t.AddDays(1), new { }));
            valid.Add(Line(child, "AssessmentAuthorised", t.AddDays(30), new { authorisedBy = "tm" }));
        }
        var lines = new List<string>(valid);
        var refusals = new Dictionary<int, string>();
        for (var k = 0; k < 50; k++)
        {
            var child = $"{run}-bad-{k:00}";
            var t = new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
            var (text, rule) = (k % 5) switch
            {
                0 => ("{not json", "line:json-object"),
                1 => (Line(child, "ContactReceived", t, new { source = "2Z", concerns = "c", consent = "Given" }), "data.source:cin-referral-source"),
                2 => (Line(child, "ContactRecieved", t, new { source = "2A", concerns = "c", consent = "Given" }), "type:recordable-event-type"),
                3 => (Line(child, "FrontDoorDecisionMade", t, new { outcome = "EarlyHelp", rationale = "r", decidedBy = "m" }), "data.contactNumber:contact-awaiting-decision"),
                _ => (JsonSerializer.Serialize(new
                {
                    childId = child,
                    type = "ContactReceived",
                    occurredAt = t,
                    recordedAt = t.AddHours(-1),
                    recordedBy = "x",
                    data = new { source = "2A", concerns = "c", consent = "Given" }
                }), "recordedAt:recorded-after-it-happened"),
            };
            var index = 20 * k + 7;
            lines.Insert(index, text);
            refusals[index + 1] = rule;
        }
        return (lines, refusals);
    }

    private async Task<long> EventsFor(string run)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("select count(*) from journey.mt_events where stream_id like @run", connection);
        command.Parameters.AddWithValue("run", run + "-%");
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    [Fact]
    public async Task Data_is_read_as_strictly_as_a_recording_body_naming_each_line_field()
    {
        var run = $"IMS{Guid.NewGuid().ToString("N")[..6]}";
        var t = new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
        var report = await host.Import(
        [
            Line($"{run}-1", "ContactReceived", t, new { source = "2A", concerns = "c", consent = "Refused", consentRational = "Parent declined" }),
            Line($"{run}-2", "ContactReceived", t, new { source = "2A", concerns = "c", consent = "Given", openToEarlyHelp = "yes" }),
            Line($"{run}-3", "ContactReceived", t, new { source = "2A", concerns = "c", consent = "Given" }).Replace("\"source\"", "\"source\":\"2A\",\"source\""),
            Line($"{run}-4", "ContactReceived", t, new { source = "2A", concerns = "c", consent = "Refused", consentRationale = new string('r', 2001) }),
        ]);

        report["stored"]!.GetValue<int>().ShouldBe(0);
        report["problems"]!.AsArray().Select(p => string.Join(";", p!["violations"]!.AsArray().Select(v => $"{v!["field"]}:{v["rule"]}")))
            .ShouldBe(["data.consentRational:known-field", "data.openToEarlyHelp:boolean", "line:json-object", "data.consentRationale:max-length"]);
        (await EventsFor(run)).ShouldBe(0);
    }

    [Fact]
    public async Task A_thousand_lines_give_exactly_the_expected_report_and_a_second_run_appends_nothing()
    {
        var run = $"IMP{Guid.NewGuid().ToString("N")[..6]}";
        var (lines, expected) = Thousand(run);

        var first = await host.Import(lines);

        first["linesRead"]!.GetValue<int>().ShouldBe(1000);
        first["stored"]!.GetValue<int>().ShouldBe(950);
        first["alreadyImported"]!.GetValue<int>().ShouldBe(0);
        first["refused"]!.GetValue<int>().ShouldBe(50);
        first["eventsAppended"]!.GetValue<int>().ShouldBe(950);
        var refused = first["problems"]!.AsArray().ToDictionary(p => p!["line"]!.GetValue<int>(),
            p => string.Join(";", p!["violations"]!.AsArray().Select(v => $"{v!["field"]}:{v["rule"]}")));
        refused.ShouldBe(expected);
        (await EventsFor(run)).ShouldBe(950);

        var second = await host.Import(lines);

        second["stored"]!.GetValue<int>().ShouldBe(0);
        second["alreadyImported"]!.GetValue<int>().ShouldBe(950);
        second["refused"]!.GetValue<int>().ShouldBe(50);
        (await EventsFor(run)).ShouldBe(950);
    }

    [Fact]
    public async Task The_same_step_written_another_way_is_recognised_as_already_imported()
    {
        var child = $"IMP{Guid.NewGuid().ToString("N")[..6]}-2";
        var first = """{"childId":"CHILD","type":"ContactReceived","occurredAt":"2024-05-01T10:00:00Z","recordedAt":"2024-05-01T12:00:00Z",""" +
            """ "recordedBy":"a","data":{"source":"6","concerns":"c","consent":"NotRequired"}}""";
        var reordered = """{ "type": "ContactReceived", "childId": "CHILD", "recordedBy": "b", "recordedAt": "2024-05-02T09:00:00+00:00",""" +
            """ "occurredAt": "2024-05-01T11:00:00+01:00", "data": { "consent": "NotRequired", "concerns": "c", "source": "6" } }""";

        (await host.Import([first.Replace("CHILD", child)]))["stored"]!.GetValue<int>().ShouldBe(1);
        var again = await host.Import([reordered.Replace("CHILD", child)]);

        again["alreadyImported"]!.GetValue<int>().ShouldBe(1);
        again["stored"]!.GetValue<int>().ShouldBe(0);
        (await host.ClientFor("auditor", "auditor").Timeline(child)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Only_importers_may_import_because_an_import_names_other_people_as_recorders()
    {
        var content = new StringContent(Line($"IMP{Guid.NewGuid().ToString("N")[..6]}-3", "ContactReceived", DateTimeOffset.Parse("2024-05-01T10:00:00Z"),
            new { source = "6", concerns = "c", consent = "NotRequired" }, recordedBy: "someone.else"), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");

        var response = await host.ClientFor("sw.sam.taylor").PostAsync("/api/import", content, TestContext.Current.CancellationToken);

        ((int)response.StatusCode).ShouldBe(403);
    }

    [Fact]
    public async Task Imported_steps_keep_who_recorded_them_and_when_and_who_imported_them()
    {
        var child = $"IMP{Guid.NewGuid().ToString("N")[..6]}-1";
        var at = new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero);
        await host.Import([Line(child, "ContactReceived", at, new { source = "6", concerns = "c", consent = "NotRequired" }, recordedBy: "mash.legacy.jo")]);

        var entry = (await host.ClientFor("auditor", "auditor").Timeline(child)).Single()!;

        entry["occurredAt"]!.GetValue<DateTimeOffset>().ShouldBe(at);
        entry["recordedAt"]!.GetValue<DateTimeOffset>().ShouldBe(at.AddHours(2));
        entry["recordedBy"]!.GetValue<string>().ShouldBe("mash.legacy.jo");
        entry["importedBy"]!.GetValue<string>().ShouldBe("migration.officer");
        entry["importedAt"]!.GetValue<DateTimeOffset>().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
        var rows = await host.ClientFor("auditor", "auditor").GetArray($"/api/measures?childId={child}&measure=front-door-decision");
        rows.Single()!["startDate"]!.GetValue<string>().ShouldBe("2024-05-01");
    }
}
