using System.Text.Json;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Import;

/// <summary>
/// Corrections and withdrawals made in a system migrated from, imported as lines: they change the
/// step they name as a correction through the API would (the measures follow), keep who made them
/// and when, are refused by line and field when they name no step, and are not stored twice.
/// </summary>
public sealed class ImportedChangesTests(JourneyHost host)
{
    // Monday 3 March 2025: a contact at 09:00 decided at 10:00 the same day (front-door decision met);
    // the old system's correction moves the decision to Wednesday 5 March, two working days on (late).
    private static readonly DateTimeOffset ContactAt = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset DecidedAt = ContactAt.AddHours(1);
    private static readonly DateTimeOffset CorrectedAt = new(2025, 3, 10, 14, 0, 0, TimeSpan.Zero);

    private static string Line(string childId, string type, DateTimeOffset occurredAt, object data, string recordedBy = "mash.legacy.jo") =>
        JsonSerializer.Serialize(new { childId, type, occurredAt, recordedAt = occurredAt.AddMinutes(10), recordedBy, data });

    private static string[] Journey(string child) =>
    [
        Line(child, "ContactReceived", ContactAt, new { source = "2A", concerns = "c", consent = "Given" }),
        Line(child, "FrontDoorDecisionMade", DecidedAt, new { outcome = "NoFurtherAction", rationale = "r", decidedBy = "m" }),
        Line(child, "EventCorrected", CorrectedAt, new
        {
            step = new { type = "FrontDoorDecisionMade", occurredAt = DecidedAt },
            reason = "Decision date taken from the wrong case note",
            replacement = new { occurredAt = DecidedAt.AddDays(2), data = new { outcome = "NoFurtherAction", rationale = "r", decidedBy = "m" } },
        }, recordedBy: "mash.legacy.sue"),
    ];

    [Fact]
    public async Task An_imported_correction_changes_the_step_as_a_correction_through_the_api_would()
    {
        var child = JourneyApi.NewChildId();
        var auditor = host.ClientFor("auditor", "auditor");

        (await host.Import(Journey(child)))["stored"]!.GetValue<int>().ShouldBe(3);

        var decision = (await auditor.GetArray($"/api/measures?childId={child}&measure=front-door-decision")).Single()!;
        decision["status"]!.GetValue<string>().ShouldBe("late");
        decision["actualDate"]!.GetValue<string>().ShouldBe("2025-03-05");
        var correction = (await auditor.Timeline(child)).Single(e => e!["type"]!.GetValue<string>() == "EventCorrected")!;
        correction["occurredAt"]!.GetValue<DateTimeOffset>().ShouldBe(CorrectedAt);
        correction["recordedBy"]!.GetValue<string>().ShouldBe("mash.legacy.sue");
        correction["recordedAt"]!.GetValue<DateTimeOffset>().ShouldBe(CorrectedAt.AddMinutes(10));
    }

    [Fact]
    public async Task Importing_the_changes_again_stores_nothing_twice()
    {
        var child = JourneyApi.NewChildId();
        await host.Import(Journey(child));

        var again = await host.Import(Journey(child));

        again["alreadyImported"]!.GetValue<int>().ShouldBe(3);
        again["stored"]!.GetValue<int>().ShouldBe(0);
        (await host.ClientFor("auditor", "auditor").Timeline(child)).Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_change_naming_no_step_or_with_unreadable_data_is_refused_by_line_and_field()
    {
        var child = JourneyApi.NewChildId();
        var contact = new { source = "2A", concerns = "c", consent = "Given" };
        var report = await host.Import(
        [
            // Before the contact it names is imported: no such step yet.
            Line(child, "EventWithdrawn", ContactAt.AddDays(1), new { step = new { type = "ContactReceived", occurredAt = ContactAt }, reason = "Wrong child" }),
            Line(child, "ContactReceived", ContactAt, contact),
            Line(child, "EventCorrected", CorrectedAt, new { step = new { type = "ContactReceived", occurredAt = ContactAt.AddHours(1) }, reason = "r", replacement = new { data = contact } }),
            Line(child, "EventCorrected", CorrectedAt,
                new { step = new { type = "ContactReceived", occurredAt = ContactAt }, reason = "r", replacement = new { data = new { sourse = "6", concerns = "c", consent = "Given" } } }),
            Line(child, "EventCorrected", CorrectedAt,
                new { step = new { type = "ContactReceived", occurredAt = ContactAt }, reason = "r", replacement = new { data = contact with { source = "2Z" } } }),
            Line(child, "EventWithdrawn", CorrectedAt, new { step = new { type = "ContactReceived", occurredAt = ContactAt }, because = "r" }),
        ]);

        report["problems"]!.AsArray().Select(p => $"{p!["line"]}:" + string.Join(";", p["violations"]!.AsArray().Select(v => $"{v!["field"]}:{v["rule"]}")))
            .ShouldBe(["1:data.step:fact-exists", "3:data.step:fact-exists", "4:data.replacement.data.sourse:known-field",
                "5:data.replacement.data.source:cin-referral-source", "6:data.because:known-field"]);
        (await host.ClientFor("auditor", "auditor").Timeline(child)).Count.ShouldBe(1);
    }
}
