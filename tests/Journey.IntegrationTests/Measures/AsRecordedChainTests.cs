using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Journey.IntegrationTests.Infrastructure;

namespace Journey.IntegrationTests.Measures;

/// <summary>
/// The chains as recorded: what a report run at a date knew. Steps are imported with the source
/// system's recordedAt, which is the time each counts from; a visit or review made in time but
/// recorded late is absent until it was recorded, and a plan or period of care whose end was
/// recorded late is still open until then. A correction keeps the time its step was first recorded.
/// </summary>
public sealed class AsRecordedChainTests(JourneyHost host)
{
    [Fact]
    public async Task A_protection_visit_recorded_late_is_absent_as_recorded_until_it_was_and_a_late_recorded_end_leaves_the_plan_open()
    {
        var child = JourneyApi.NewChildId();
        await Import(
            Line(child, "ProtectionPlanTransferredIn", "2026-03-02T10:00:00Z", "2026-03-02T12:00:00Z", new { fromAuthority = "Walsall", category = "NEG" }),
            // Made on Tuesday 10 March, recorded on Friday 20 March.
            Line(child, "ProtectionVisitMade", "2026-03-10T10:00:00Z", "2026-03-20T09:00:00Z", new { childSeen = true, childSeenAlone = false }),
            // Ended on 25 March, recorded on 8 April.
            Line(child, "ProtectionPlanEnded", "2026-03-25T10:00:00Z", "2026-04-08T10:00:00Z", new { reason = "Risks reduced" }));
        var analyst = host.ClientFor("analyst.kim");
        async Task<string[]> Visits(string asAt, bool asRecorded) =>
            (await analyst.GetArray($"/api/protection-plans/visits?childId={child}&asAt={asAt}&asRecorded={asRecorded}"))
            .Select(r => $"{r!["visit"]}:{r["dueDate"]}:{r["status"]}").ToArray();

        // Counted by hand: 10 working days from Monday 2 March 2026 is Monday 16 March; from Tuesday 10 March, Tuesday 24 March.
        (await Visits("2026-03-17", asRecorded: false)).ShouldBe(["1:2026-03-16:met", "2:2026-03-24:open-in-time"]);
        (await Visits("2026-03-17", asRecorded: true)).ShouldBe(["1:2026-03-16:open-overdue"]);
        (await Visits("2026-03-20", asRecorded: true)).ShouldBe(["1:2026-03-16:met", "2:2026-03-24:open-in-time"]);

        // The plan ended on 25 March as occurred; as recorded at the month end it was open and its next visit overdue.
        (await Visits("2026-03-31", asRecorded: false)).ShouldBe(["1:2026-03-16:met"]);
        (await Visits("2026-03-31", asRecorded: true)).ShouldBe(["1:2026-03-16:met", "2:2026-03-24:open-overdue"]);
        (await Visits("2026-04-08", asRecorded: true)).ShouldBe(["1:2026-03-16:met"]);
        async Task<string> Plan(string asAt, bool asRecorded) =>
            (await analyst.GetArray($"/api/protection-plans?childId={child}&asAt={asAt}&asRecorded={asRecorded}")).Single()!["endedAt"]?.ToString() ?? "open";
        (await Plan("2026-03-31", asRecorded: false)).ShouldStartWith("2026-03-25");
        (await Plan("2026-03-31", asRecorded: true)).ShouldBe("open");
        (await analyst.GetArray($"/api/protection-plans?childId={child}&asAt=2026-03-01&asRecorded=true")).ShouldBeEmpty();

        // The imported visit keeps the source system's recorded time, and a correction of its date keeps that time.
        (await VisitRecordedAt(child)).ShouldBe(DateTimeOffset.Parse("2026-03-20T09:00:00Z"));
        await host.ClientFor("sw.jo.evans").RecordOk(child, "corrections", new
        {
            version = 2,
            reason = "Visited the day before",
            replacement = new { planNumber = 1, occurredAt = "2026-03-09T10:00:00Z", childSeen = true, childSeenAlone = false },
        });
        (await VisitRecordedAt(child)).ShouldBe(DateTimeOffset.Parse("2026-03-20T09:00:00Z"));
        // From Monday 9 March the next visit fell due on Monday 23 March.
        (await Visits("2026-03-17", asRecorded: true)).ShouldBe(["1:2026-03-16:open-overdue"]);
        (await Visits("2026-03-20", asRecorded: true)).ShouldBe(["1:2026-03-16:met", "2:2026-03-23:open-in-time"]);
    }

    [Fact]
    public async Task A_looked_after_review_recorded_late_is_absent_as_recorded_and_care_left_is_known_only_once_recorded()
    {
        var child = JourneyApi.NewChildId();
        await Import(
            Line(child, "ContactReceived", "2026-01-05T09:00:00Z", "2026-01-05T09:30:00Z", new { source = "2A", concerns = "c", consent = "Given" }),
            // Entered care on Monday 5 January, recorded the next morning.
            Line(child, "EnteredCare", "2026-01-05T16:00:00Z", "2026-01-06T09:00:00Z", new { legalStatus = "V2", planned = false, uasc = false }),
            // Held on 29 January, recorded on 10 February.
            Line(child, "LookedAfterReviewHeld", "2026-01-29T10:00:00Z", "2026-02-10T10:00:00Z", new { participation = "PN1" }),
            // Left care on 2 March, recorded on 16 March.
            Line(child, "LeftCare", "2026-03-02T12:00:00Z", "2026-03-16T12:00:00Z", new { reasonCeased = "E4A" }));
        var analyst = host.ClientFor("analyst.kim");
        async Task<string[]> Reviews(string asAt, bool asRecorded) =>
            (await analyst.GetArray($"/api/looked-after/reviews?childId={child}&asAt={asAt}&asRecorded={asRecorded}"))
            .Select(r => $"{r!["review"]}:{r["dueDate"]}:{r["status"]}").ToArray();

        // Counted by hand: 20 working days from Monday 5 January 2026 is Monday 2 February; 3 months from 29 January, 29 April.
        (await Reviews("2026-01-05", asRecorded: false)).ShouldBe(["1:2026-02-02:open-in-time"]);
        (await Reviews("2026-01-05", asRecorded: true)).ShouldBeEmpty();
        (await Reviews("2026-02-05", asRecorded: false)).ShouldBe(["1:2026-02-02:met", "2:2026-04-29:open-in-time"]);
        (await Reviews("2026-02-05", asRecorded: true)).ShouldBe(["1:2026-02-02:open-overdue"]);
        (await Reviews("2026-02-10", asRecorded: true)).ShouldBe(["1:2026-02-02:met", "2:2026-04-29:open-in-time"]);
        (await Reviews("2026-03-10", asRecorded: false)).ShouldBe(["1:2026-02-02:met"]);
        (await Reviews("2026-03-10", asRecorded: true)).ShouldBe(["1:2026-02-02:met", "2:2026-04-29:open-in-time"]);
        (await Reviews("2026-03-16", asRecorded: true)).ShouldBe(["1:2026-02-02:met"]);
    }

    [Fact]
    public async Task A_supervision_after_a_plan_end_not_yet_recorded_counts_for_the_plan_as_recorded()
    {
        var child = JourneyApi.NewChildId();
        await Import(
            Line(child, "ContactReceived", "2026-02-23T09:00:00Z", "2026-02-23T09:30:00Z", new { source = "2A", concerns = "c", consent = "Given" }),
            Line(child, "FrontDoorDecisionMade", "2026-02-23T13:00:00Z", "2026-02-23T13:10:00Z",
                new { outcome = "ReferralForAssessment", rationale = "r", decidedBy = "m" }),
            Line(child, "ReferralAccepted", "2026-02-23T13:05:00Z", "2026-02-23T13:10:00Z", new { primaryNeed = "N1" }),
            Line(child, "CaseAllocated", "2026-02-24T10:00:00Z", "2026-02-24T10:05:00Z", new { team = "Child Protection South", worker = "Jo Evans" }),
            Line(child, "ProtectionPlanTransferredIn", "2026-03-02T10:00:00Z", "2026-03-02T12:00:00Z", new { fromAuthority = "Walsall", category = "NEG" }),
            // Ended on 10 March, recorded on 25 March; supervised on 12 March, recorded that day.
            Line(child, "ProtectionPlanEnded", "2026-03-10T10:00:00Z", "2026-03-25T10:00:00Z", new { reason = "Risks reduced" }),
            Line(child, "SupervisionHeld", "2026-03-12T10:00:00Z", "2026-03-12T12:00:00Z", new { supervisor = "Priya Shah" }));
        var analyst = host.ClientFor("analyst.kim");
        async Task<string[]> Supervisions(string asAt, bool asRecorded) =>
            (await analyst.GetArray($"/api/supervisions?kind=protection&childId={child}&asAt={asAt}&asRecorded={asRecorded}"))
            .Select(r => $"{r!["supervision"]}:{r["dueDate"]}:{r["status"]}").ToArray();

        // As occurred the plan ended before the supervision and owes none; as recorded on 20 March it
        // was open: 4 weeks from 2 March is 30 March (met on 12 March), and from 12 March, 9 April.
        (await Supervisions("2026-03-20", asRecorded: false)).ShouldBeEmpty();
        (await Supervisions("2026-03-20", asRecorded: true)).ShouldBe(["1:2026-03-30:met", "2:2026-04-09:open-in-time"]);
        (await Supervisions("2026-03-25", asRecorded: true)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_visit_after_a_placement_move_not_yet_recorded_counts_for_the_placement_then_known()
    {
        var child = JourneyApi.NewChildId();
        await Import(
            Line(child, "ContactReceived", "2026-01-05T09:00:00Z", "2026-01-05T09:30:00Z", new { source = "2A", concerns = "c", consent = "Given" }),
            Line(child, "EnteredCare", "2026-01-05T16:00:00Z", "2026-01-05T17:00:00Z", new { legalStatus = "V2", planned = false, uasc = false }),
            Line(child, "PlacementStarted", "2026-01-05T17:00:00Z", "2026-01-05T18:00:00Z", new { placementType = "U6", provider = "Foster carers", outOfArea = false }),
            Line(child, "LookedAfterVisitMade", "2026-01-09T10:00:00Z", "2026-01-09T12:00:00Z", new { childSeen = true, childSeenAlone = true }),
            // Moved on 2 February, recorded on 20 February; visited in the new placement on 5 February, recorded that day.
            Line(child, "PlacementStarted", "2026-02-02T10:00:00Z", "2026-02-20T10:00:00Z",
                new { placementType = "U6", provider = "Other foster carers", outOfArea = false, reasonForChange = "CARPL" }),
            Line(child, "LookedAfterVisitMade", "2026-02-05T10:00:00Z", "2026-02-05T12:00:00Z", new { childSeen = true, childSeenAlone = true }));
        var analyst = host.ClientFor("analyst.kim");
        async Task<string[]> Visits(string asAt, bool asRecorded) =>
            (await analyst.GetArray($"/api/looked-after/visits?childId={child}&asAt={asAt}&asRecorded={asRecorded}"))
            .Select(r => $"{r!["placementNumber"]}/{r["visit"]}:{r["dueDate"]}:{r["status"]}").ToArray();

        // Counted by hand: a week from 5 January is 12 January; 6 weeks from 9 January, 20 February; a
        // week from 2 February, 9 February; 6 weeks from 5 February, 19 March.
        (await Visits("2026-02-10", asRecorded: false)).ShouldBe(["1/1:2026-01-12:met", "2/1:2026-02-09:met", "2/2:2026-03-19:open-in-time"]);
        (await Visits("2026-02-10", asRecorded: true)).ShouldBe(["1/1:2026-01-12:met", "1/2:2026-02-20:met", "1/3:2026-03-19:open-in-time"]);
        (await Visits("2026-02-20", asRecorded: true)).ShouldBe(["1/1:2026-01-12:met", "2/1:2026-02-09:met", "2/2:2026-03-19:open-in-time"]);
    }

    private static object Line(string child, string type, string occurredAt, string recordedAt, object data) =>
        new { childId = child, type, occurredAt, recordedAt, recordedBy = "migration", data };

    private async Task Import(params object[] lines)
    {
        var content = new StringContent(string.Join("\n", lines.Select(l => JsonSerializer.Serialize(l))), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        var report = JsonNode.Parse(await (await host.ClientFor("migration.officer", "importer")
            .PostAsync("/api/import", content, TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        report["refused"]!.GetValue<int>().ShouldBe(0, report.ToJsonString());
    }

    private async Task<DateTimeOffset> VisitRecordedAt(string child)
    {
        await using var connection = host.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new Npgsql.NpgsqlCommand("SELECT recorded_at FROM journey.protection_visits WHERE child_id = @child", connection);
        command.Parameters.AddWithValue("child", child);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        (await reader.ReadAsync(TestContext.Current.CancellationToken)).ShouldBeTrue();
        return reader.GetFieldValue<DateTimeOffset>(0);
    }
}
