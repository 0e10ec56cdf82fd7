using System.Text.Json.Nodes;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Corrections;

/// <summary>Corrections and withdrawals through the API: nothing deleted, the timeline shows both, the measures follow.</summary>
public sealed class CorrectionTests(JourneyHost host)
{
    private readonly HttpClient _worker = host.ClientFor("sw.sam.taylor");

    private async Task<string> ContactDecided(string receivedAt = "2026-03-02T09:00:00Z", string decidedAt = "2026-03-04T10:00:00Z")
    {
        var child = JourneyApi.NewChildId();
        await _worker.RecordOk(child, "contacts", new { receivedAt, source = "2A", concerns = "Bruising", consent = "Given" });
        await _worker.RecordOk(child, "front-door-decisions", new { decidedAt, outcome = "ReferralForAssessment", rationale = "r", decidedBy = "m" });
        return child;
    }

    private async Task<JsonNode> Measure(string child, string measure) =>
        (await _worker.GetArray($"/api/measures?childId={child}&measure={measure}&asAt=2026-12-01T00:00:00Z")).Single()!;

    [Fact]
    public async Task A_corrected_contact_keeps_the_original_beside_the_correction_and_moves_its_clocks()
    {
        var child = await ContactDecided();
        (await Measure(child, "front-door-decision"))["status"]!.GetValue<string>().ShouldBe("late");
        var original = (await _worker.Timeline(child))[0]!["data"]!.AsObject();
        var replacement = original.DeepClone().AsObject();
        replacement["occurredAt"] = "2026-03-03T09:00:00Z";

        var answer = await _worker.RecordOk(child, "corrections", new { version = 1, reason = "Date typed wrongly from the MASH log", replacement });

        answer["events"]!.AsArray().Select(e => e!.GetValue<string>()).ShouldBe(["EventCorrected"]);
        var timeline = await _worker.Timeline(child);
        timeline.Select(e => e!["type"]!.GetValue<string>()).ShouldBe(["ContactReceived", "EventCorrected", "FrontDoorDecisionMade"]);
        timeline[0]!["status"]!.GetValue<string>().ShouldBe("corrected");
        timeline[0]!["data"]!["occurredAt"]!.GetValue<DateTimeOffset>().ShouldBe(DateTimeOffset.Parse("2026-03-02T09:00:00Z"));
        timeline[0]!["current"]!["occurredAt"]!.GetValue<DateTimeOffset>().ShouldBe(DateTimeOffset.Parse("2026-03-03T09:00:00Z"));
        timeline[1]!["changes"]!.GetValue<long>().ShouldBe(1);
        timeline[1]!["data"]!["reason"]!.GetValue<string>().ShouldBe("Date typed wrongly from the MASH log");
        timeline[1]!["recordedBy"]!.GetValue<string>().ShouldBe("sw.sam.taylor");

        var clock = await Measure(child, "front-door-decision");
        clock["startDate"]!.GetValue<string>().ShouldBe("2026-03-03");
        clock["status"]!.GetValue<string>().ShouldBe("met");
        (await Measure(child, "contact-decision-24h"))["elapsed"]!.GetValue<decimal>().ShouldBe(25m);
    }

    [Fact]
    public async Task A_withdrawn_decision_reopens_the_clock_and_the_contact_awaits_a_decision_again()
    {
        var child = await ContactDecided();

        await _worker.RecordOk(child, "withdrawals", new { version = 2, reason = "Recorded against the wrong child" });

        (await Measure(child, "front-door-decision"))["status"]!.GetValue<string>().ShouldBe("open-overdue");
        var timeline = await _worker.Timeline(child);
        timeline[1]!["status"]!.GetValue<string>().ShouldBe("withdrawn");
        timeline[2]!["type"]!.GetValue<string>().ShouldBe("EventWithdrawn");
        await _worker.RecordOk(child, "front-door-decisions", new { decidedAt = "2026-03-03T10:00:00Z", outcome = "EarlyHelp", rationale = "r", decidedBy = "m" });
        (await Measure(child, "front-door-decision"))["status"]!.GetValue<string>().ShouldBe("met");
    }

    [Fact]
    public async Task Moving_the_strategy_discussion_moves_the_section_47_start_and_the_conference_clock()
    {
        var child = JourneyApi.NewChildId();
        await _worker.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "6", concerns = "c", consent = "NotRequired" });
        await _worker.RecordOk(child, "strategy-discussions", new { heldAt = "2026-03-05T10:00:00Z", initiatesSection47 = true });
        var discussion = (await _worker.Timeline(child)).Single(e => e!["type"]!.GetValue<string>() == "StrategyDiscussionHeld")!;
        var replacement = discussion["data"]!.DeepClone().AsObject();
        replacement["occurredAt"] = "2026-03-03T10:00:00Z";

        var answer = await _worker.RecordOk(child, "corrections", new { version = discussion["version"]!.GetValue<long>(), reason = "Wrong day", replacement });

        answer["events"]!.AsArray().Count.ShouldBe(2);
        var clock = await Measure(child, "initial-conference");
        clock["startDate"]!.GetValue<string>().ShouldBe("2026-03-03");
        clock["dueDate"]!.GetValue<string>().ShouldBe("2026-03-24");
    }

    [Fact]
    public async Task An_enquiry_cannot_be_corrected_to_ask_for_no_conference_once_one_was_held()
    {
        var child = JourneyApi.NewChildId();
        await _worker.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "6", concerns = "c", consent = "NotRequired" });
        await _worker.RecordOk(child, "strategy-discussions", new { heldAt = "2026-03-03T10:00:00Z", initiatesSection47 = true });
        await _worker.RecordOk(child, "section-47-enquiries/concluded", new { concludedAt = "2026-03-06T10:00:00Z", outcome = "InitialConference" });
        await _worker.RecordOk(child, "initial-conferences", new { heldAt = "2026-03-10T10:00:00Z", planRequired = false });
        var concluded = (await _worker.Timeline(child)).Single(e => e!["type"]!.GetValue<string>() == "Section47Concluded")!;
        var replacement = concluded["data"]!.DeepClone().AsObject();
        replacement["outcome"] = "NoFurtherAction";

        var response = await _worker.Record(child, "corrections", new { version = concluded["version"]!.GetValue<long>(), reason = "r", replacement });

        ((int)response.StatusCode).ShouldBe(400);
        (await response.ReadJson())["violations"]![0]!["rule"]!.GetValue<string>().ShouldBe("later-steps-still-hold");
        (await Measure(child, "initial-conference"))["status"]!.GetValue<string>().ShouldBe("met");
    }

    [Fact]
    public async Task Withdrawing_a_step_that_later_steps_depend_on_is_refused_and_stores_nothing()
    {
        var child = await ContactDecided();
        var before = (await _worker.Timeline(child)).ToJsonString();

        var response = await _worker.Record(child, "withdrawals", new { version = 1, reason = "Wrong child" });

        ((int)response.StatusCode).ShouldBe(400);
        (await response.ReadJson())["violations"]![0]!["rule"]!.GetValue<string>().ShouldBe("withdraw-later-steps-first");
        (await _worker.Timeline(child)).ToJsonString().ShouldBe(before);
    }

    [Theory]
    [InlineData("""{"version":1,"reason":"r","replacement":{"contactNumber":1,"occurredAt":"2026-03-05T09:00:00Z","source":"2A",""" +
                """ "concerns":"Bruising","consent":"Given","consentRationale":null,"openToEarlyHelp":false}}""", "version", "later-steps-still-hold")]
    [InlineData("""{"version":1,"reason":"r","replacement":{"contactNumber":1,"occurredAt":"2026-03-02T09:00:00Z","source":"2A",""" +
                """ "concerns":"@@LONG@@","consent":"Given","consentRationale":null,"openToEarlyHelp":false}}""", "replacement.concerns", "max-length")]
    [InlineData("""{"version":1,"reason":"r","replacement":{"contactNumber":1,"occurredAt":"2026-03-02T09:00:00Z"}}""", "replacement", "readable-as-the-fact")]
    [InlineData("""{"version":1,"reason":"r","replacement":{"contactNumber":2,"occurredAt":"2026-03-02T09:00:00Z","source":"2A",""" +
                """ "concerns":"Bruising","consent":"Given","consentRationale":null,"openToEarlyHelp":false}}""", "replacement", "keeps-episode-numbers")]
    [InlineData("""{"version":1,"reason":"r","replacement":{"contactNumber":1,"occurredAt":"2026-03-02T09:00:00Z","source":"2A",""" +
                """ "concerns":"Bruising","consent":"Given","consentRationale":null,"openToEarlyHelp":false}}""", "replacement", "changes-something")]
    [InlineData("""{"version":1,"reason":"r","replacement":{"contactNumber":1,"occurredAt":"2026-03-02T08:00:00","source":"2A",""" +
                """ "concerns":"Bruising","consent":"Given","consentRationale":null,"openToEarlyHelp":false}}""", "replacement.occurredAt", "iso-8601-instant")]
    [InlineData("""{"version":1,"reason":"r","replacement":{"contactNumber":1,"occurredAt":"2026-03-02T09:00:00Z","source":"2A",""" +
                """ "concerns":"Bruising","consent":"given","consentRationale":null,"openToEarlyHelp":false}}""", "replacement.consent", "known-value")]
    [InlineData("""{"version":1,"reason":"r","replacement":{"contactNumber":1,"occurredAt":"2026-03-02T09:00:00Z","source":"2A",""" +
                """ "concerns":"Bruising\u0000","consent":"Given","consentRationale":null,"openToEarlyHelp":false}}""", "replacement.concerns", "no-control-characters")]
    [InlineData("""{"version":1,"reason":"r\u0007","replacement":{"contactNumber":1,"occurredAt":"2026-03-02T08:00:00Z","source":"2A",""" +
                """ "concerns":"Bruising","consent":"Given","consentRationale":null,"openToEarlyHelp":false}}""", "reason", "no-control-characters")]
    [InlineData("""{"version":9,"reason":"r","replacement":{}}""", "version", "fact-exists")]
    [InlineData("""{"version":1,"replacement":{"contactNumber":1,"occurredAt":"2026-03-01T09:00:00Z","source":"2A",""" +
                """ "concerns":"Bruising","consent":"Given","consentRationale":null,"openToEarlyHelp":false}}""", "reason", "required")]
    public async Task A_bad_correction_is_refused_naming_field_and_rule_and_stores_nothing(string body, string field, string rule)
    {
        var child = await ContactDecided();
        var before = (await _worker.Timeline(child)).ToJsonString();

        var response = await _worker.PostAsync($"/api/children/{child}/corrections",
            new StringContent(body.Replace("@@LONG@@", new string('x', 5000)), System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        ((int)response.StatusCode).ShouldBe(400);
        var violations = (await response.ReadJson())["violations"]!.AsArray();
        violations.ShouldContain(v => v!["field"]!.GetValue<string>() == field && v["rule"]!.GetValue<string>() == rule, violations.ToJsonString());
        (await _worker.Timeline(child)).ToJsonString().ShouldBe(before);
    }
}
