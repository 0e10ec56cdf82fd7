using System.Text.Json.Nodes;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Api;

/// <summary>A child's journey from contact to protection plan, recorded through the API as practitioners would.</summary>
public sealed class FrontDoorJourneyTests(JourneyHost host)
{
    [Fact]
    public async Task A_recorded_journey_reads_back_in_order_with_who_recorded_each_step_and_its_measures()
    {
        var child = JourneyApi.NewChildId();
        var mash = host.ClientFor("mash.worker.amy");
        var worker = host.ClientFor("sw.sam.taylor");
        var before = DateTimeOffset.UtcNow;

        (await mash.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "Bruising", consent = "Given" }))["version"]!.GetValue<long>().ShouldBe(1);
        await mash.RecordOk(child, "front-door-decisions",
            new { decidedAt = "2026-03-03T16:00:00Z", outcome = "StrategyDiscussion", rationale = "Injury", decidedBy = "MASH manager", expectedVersion = 1 });
        await mash.RecordOk(child, "referrals", new { acceptedAt = "2026-03-03T16:05:00Z", primaryNeed = "N1" });
        await worker.RecordOk(child, "allocations", new { allocatedAt = "2026-03-04T09:00:00Z", team = "CP South", worker = "Sam Taylor" });
        await worker.RecordOk(child, "assessments/started", new { startedAt = "2026-03-04T10:00:00Z" });
        var discussion = await worker.RecordOk(child, "strategy-discussions", new { heldAt = "2026-03-05T10:00:00Z", initiatesSection47 = true });
        discussion["events"]!.AsArray().Select(e => e!.GetValue<string>()).ShouldBe(["StrategyDiscussionHeld", "Section47Started"]);
        await worker.RecordOk(child, "section-47-enquiries/concluded", new { concludedAt = "2026-03-16T12:00:00Z", outcome = "InitialConference" });
        var conference = await worker.RecordOk(child, "initial-conferences", new { heldAt = "2026-03-26T10:00:00Z", planRequired = true, category = "PHY" });
        conference["version"]!.GetValue<long>().ShouldBe(10);
        // Recorded out of order: the authorisation happened before the conference but is recorded after it.
        await worker.RecordOk(child, "assessments/authorised", new { authorisedAt = "2026-03-20T15:00:00Z", authorisedBy = "Team manager" });

        var timeline = await worker.Timeline(child);
        timeline.Select(e => e!["type"]!.GetValue<string>()).ShouldBe([
            "ContactReceived", "FrontDoorDecisionMade", "ReferralAccepted", "CaseAllocated", "AssessmentStarted",
            "StrategyDiscussionHeld", "Section47Started", "Section47Concluded", "AssessmentAuthorised",
            "InitialConferenceHeld", "ProtectionPlanStarted"]);
        timeline.Select(e => e!["recordedBy"]!.GetValue<string>()).Distinct().Order().ShouldBe(["mash.worker.amy", "sw.sam.taylor"]);
        timeline[0]!["recordedBy"]!.GetValue<string>().ShouldBe("mash.worker.amy");
        timeline.ShouldAllBe(e => e!["recordedAt"]!.GetValue<DateTimeOffset>() >= before.AddSeconds(-5));
        timeline.Single(e => e!["type"]!.GetValue<string>() == "AssessmentAuthorised")!["version"]!.GetValue<long>().ShouldBe(11);

        var rows = await worker.GetArray($"/api/measures?childId={child}");
        Row(rows, "front-door-decision")["status"]!.GetValue<string>().ShouldBe("met");
        Row(rows, "contact-decision-24h")["status"]!.GetValue<string>().ShouldBe("late");
        Row(rows, "contact-decision-24h")["elapsed"]!.GetValue<decimal>().ShouldBe(31m);
        Row(rows, "assessment")["status"]!.GetValue<string>().ShouldBe("met");
        Row(rows, "assessment")["elapsed"]!.GetValue<decimal>().ShouldBe(13m);
        var icpc = Row(rows, "initial-conference");
        icpc["startDate"]!.GetValue<string>().ShouldBe("2026-03-05");
        icpc["dueDate"]!.GetValue<string>().ShouldBe("2026-03-26");
        icpc["status"]!.GetValue<string>().ShouldBe("met");
    }

    [Fact]
    public async Task Measure_rows_come_as_csv_with_the_sql_view_columns()
    {
        var child = JourneyApi.NewChildId();
        var client = host.ClientFor("mash.worker.amy");
        await client.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "6", concerns = "Police, \"domestic\" incident", consent = "NotRequired" });

        var response = await client.GetAsync($"/api/measures.csv?childId={child}&measure=front-door-decision&asAt=2026-03-03T12:00:00Z", TestContext.Current.CancellationToken);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("child_id,measure,episode,unit,target,rule_id,start_at,start_date,due_date,due_at,actual_at,actual_date,elapsed,elapsed_unit,status,team,worker");
        lines.Length.ShouldBe(2);
        lines[1].ShouldBe($"{child},front-door-decision,1,working-days,1,front-door-decision-1wd,2026-03-02T09:00:00Z,2026-03-02,2026-03-03,,,,1,working-days,open-in-time,,");
    }

    [Fact]
    public async Task Measures_filter_by_period_measure_and_status()
    {
        var child = JourneyApi.NewChildId();
        var client = host.ClientFor("mash.worker.amy");
        await client.RecordOk(child, "contacts", new { receivedAt = "2025-01-06T09:00:00Z", source = "6", concerns = "x", consent = "NotRequired" });
        await client.RecordOk(child, "front-door-decisions", new { decidedAt = "2025-01-06T10:00:00Z", outcome = "NoFurtherAction", rationale = "x", decidedBy = "y" });
        await client.RecordOk(child, "contacts", new { receivedAt = "2025-02-03T09:00:00Z", source = "6", concerns = "x", consent = "NotRequired" });

        (await client.GetArray($"/api/measures?childId={child}&from=2025-01-01&to=2025-01-31")).Count.ShouldBe(2);
        (await client.GetArray($"/api/measures?childId={child}&from=2025-02-01")).Count.ShouldBe(2);
        (await client.GetArray($"/api/measures?childId={child}&status=open-overdue")).Count.ShouldBe(2);
        var met = await client.GetArray($"/api/measures?childId={child}&status=met&measure=front-door-decision");
        met.Single()!["episode"]!.GetValue<int>().ShouldBe(1);
        (await client.GetArray($"/api/measures?childId={child}&periodBy=actual&from=2025-01-06&to=2025-01-06")).Count.ShouldBe(2);
        var firstPage = await client.GetArray($"/api/measures?childId={child}&limit=3");
        var secondPage = await client.GetArray($"/api/measures?childId={child}&limit=3&offset=3");
        (firstPage.Count, secondPage.Count).ShouldBe((3, 1));
        ((int)(await client.GetAsync($"/api/measures?limit=0", TestContext.Current.CancellationToken)).StatusCode).ShouldBe(400);
    }

    [Fact]
    public async Task An_as_at_date_means_the_end_of_that_uk_day()
    {
        var child = JourneyApi.NewChildId();
        var client = host.ClientFor("mash.worker.amy");
        await client.RecordOk(child, "contacts", new { receivedAt = "2026-07-02T09:00:00+01:00", source = "6", concerns = "x", consent = "NotRequired" });
        await client.RecordOk(child, "front-door-decisions", new { decidedAt = "2026-07-03T23:30:00+01:00", outcome = "EarlyHelp", rationale = "x", decidedBy = "y" });

        var row = (await client.GetArray($"/api/measures?childId={child}&measure=front-door-decision&asAt=2026-07-03")).Single()!;

        row["status"]!.GetValue<string>().ShouldBe("met");
    }

    private static JsonNode Row(JsonArray rows, string measure) => rows.Single(r => r!["measure"]!.GetValue<string>() == measure)!;
}
