using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Daemon;

/// <summary>
/// GET /api/recording-lag (journey.recording_lag): recording lag by the team holding the case
/// when each step was recorded, judged by the rulebook's recording rule (recording-lag-1wd: by
/// the end of the next working day), for steps imported with the source system's recording times.
/// </summary>
[Collection(DaemonHost.Collection)]
public sealed class RecordingLagTests(DaemonHost host)
{
    private readonly HttpClient _analyst = host.ClientFor("analyst.kim", "analyst");

    private static string Line(string child, string type, string occurredAt, string recordedAt, object data) =>
        JsonSerializer.Serialize(new { childId = child, type, occurredAt, recordedAt, recordedBy = "sw.legacy.user", data });

    /// <summary>A child referred and allocated to <paramref name="team"/> on Mon 18 and Tue 19 August 2025 (recorded the same days).</summary>
    private static IEnumerable<string> Allocated(string child, string team) =>
    [
        Line(child, "ContactReceived", "2025-08-18T09:00:00Z", "2025-08-18T11:00:00Z", new { source = "2A", concerns = "c", consent = "Given" }),
        Line(child, "FrontDoorDecisionMade", "2025-08-18T12:00:00Z", "2025-08-18T12:30:00Z", new { outcome = "ReferralForAssessment", rationale = "r", decidedBy = "m" }),
        Line(child, "ReferralAccepted", "2025-08-18T13:00:00Z", "2025-08-18T13:30:00Z", new { primaryNeed = "N1" }),
        Line(child, "CaseAllocated", "2025-08-19T09:00:00Z", "2025-08-19T09:30:00Z", new { team, worker = "sw.one" }),
    ];

    private async Task Import(IEnumerable<string> lines)
    {
        var content = new StringContent(string.Join("\n", lines) + "\n", Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        var response = await host.ClientFor("migration.officer", "importer").PostAsync("/api/import", content, TestContext.Current.CancellationToken);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        report["problems"]!.AsArray().ShouldBeEmpty(report.ToJsonString());
    }

    /// <summary>
    /// Monday 25 August 2025 is the summer bank holiday. A step on Friday 22nd recorded on Tuesday
    /// 26th is 1 working day late (Tuesday; the weekend and the holiday do not count): on time. One
    /// recorded on Wednesday 27th is 2: late. A step corrected to the Friday is judged by its
    /// corrected date; a withdrawn one is not counted; a child no team held counts as unallocated.
    /// </summary>
    [Fact]
    public async Task A_step_recorded_one_working_day_late_across_a_bank_holiday_is_on_time_and_a_day_more_is_late()
    {
        var team = $"Lag team {Guid.NewGuid():N}"[..20];
        string onTime = JourneyApi.NewChildId(), late = JourneyApi.NewChildId(), corrected = JourneyApi.NewChildId(), withdrawn = JourneyApi.NewChildId(),
            unallocated = JourneyApi.NewChildId();
        await Import([
            .. Allocated(onTime, team), Line(onTime, "AssessmentStarted", "2025-08-22T09:00:00Z", "2025-08-26T09:00:00Z", new { }),     // 96 h, 1 wd
            .. Allocated(late, team), Line(late, "AssessmentStarted", "2025-08-22T09:00:00Z", "2025-08-27T09:00:00Z", new { }),         // 120 h, 2 wd
            .. Allocated(corrected, team), Line(corrected, "AssessmentStarted", "2025-08-21T09:00:00Z", "2025-08-26T09:00:00Z", new { }), // Thu: 2 wd, until corrected
            .. Allocated(withdrawn, team), Line(withdrawn, "AssessmentStarted", "2025-08-22T09:00:00Z", "2025-08-27T09:00:00Z", new { }),
            Line(unallocated, "ContactReceived", "2025-08-22T09:00:00Z", "2025-08-27T09:00:00Z", new { source = "2A", concerns = "c", consent = "Given" }),
        ]);
        var worker = host.ClientWithTeams("sw.sam.taylor", [team]);
        var started = (await worker.Timeline(corrected)).Single(e => e!["version"]!.GetValue<long>() == 5)!["data"]!.AsObject();
        var replacement = started.DeepClone().AsObject();
        replacement["occurredAt"] = "2025-08-22T09:00:00Z";
        await worker.RecordOk(corrected, "corrections", new { version = 5, reason = "Started on the Friday", replacement });
        await worker.RecordOk(withdrawn, "withdrawals", new { version = 5, reason = "Wrong child" });
        await host.CaughtUp();

        var rows = await _analyst.GetArray($"/api/recording-lag?from=2025-08-26&to=2025-08-28&team={Uri.EscapeDataString(team)}");

        rows.Select(r => r!["stepType"]!.GetValue<string>()).ShouldBe(["all", "AssessmentStarted"]);
        foreach (var row in rows)
        {
            row!["team"]!.GetValue<string>().ShouldBe(team);
            row["stepsRecorded"]!.GetValue<long>().ShouldBe(3);        // on time, late, corrected; not the withdrawn one
            row["medianLagHours"]!.GetValue<decimal>().ShouldBe(96m);  // 96, 96, 120
            row["p90LagHours"]!.GetValue<decimal>().ShouldBe(115.2m);  // 96 + 0.8 × 24
            row["lateSteps"]!.GetValue<long>().ShouldBe(1);
            row["latePercent"]!.GetValue<decimal>().ShouldBe(33.3m);
            row["ruleId"]!.GetValue<string>().ShouldBe("recording-lag-1wd");
        }

        // The steps before the period (recorded 18 and 19 August) and the corrections (recorded now) are not counted.
        var unallocatedRows = await _analyst.GetArray("/api/recording-lag?from=2025-08-26&to=2025-08-28&team=unallocated");
        unallocatedRows.Single(r => r!["stepType"]!.GetValue<string>() == "ContactReceived")!["lateSteps"]!.GetValue<long>().ShouldBe(1);

        var csv = await (await _analyst.GetAsync($"/api/recording-lag.csv?from=2025-08-26&to=2025-08-28&team={Uri.EscapeDataString(team)}",
            TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        csv.ShouldBe($"""
            team,step_type,steps_recorded,median_lag_hours,p90_lag_hours,late_steps,late_percent,rule_id
            {team},all,3,96.00,115.20,1,33.3,recording-lag-1wd
            {team},AssessmentStarted,3,96.00,115.20,1,33.3,recording-lag-1wd

            """.ReplaceLineEndings("\r\n"));
    }

    [Fact]
    public async Task A_query_that_is_not_valid_is_refused_naming_each_field_and_rule()
    {
        var response = await _analyst.GetAsync("/api/recording-lag?from=2025-13-01&to=yesterday&team=%20", TestContext.Current.CancellationToken);

        ((int)response.StatusCode).ShouldBe(400);
        var problem = await response.ReadJson();
        problem["type"]!.GetValue<string>().ShouldBe("https://journey.local/problems/invalid-query");
        problem["violations"]!.AsArray().Select(v => $"{v!["field"]}:{v["rule"]}")
            .ShouldBe(["to:iso-8601-date", "from:iso-8601-date", "team:not-empty"], ignoreOrder: true);

        var backwards = await _analyst.GetAsync("/api/recording-lag.csv?from=2025-09-01&to=2025-08-01", TestContext.Current.CancellationToken);
        ((int)backwards.StatusCode).ShouldBe(400);
        (await backwards.ReadJson())["violations"]!.AsArray().Select(v => $"{v!["field"]}:{v["rule"]}").ShouldBe(["to:period-ordered"]);
    }
}
