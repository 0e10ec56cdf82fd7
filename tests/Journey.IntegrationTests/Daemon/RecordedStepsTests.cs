using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Journey.IntegrationTests.Infrastructure;
using Journey.Projections.Recording;

namespace Journey.IntegrationTests.Daemon;

/// <summary>
/// journey.recorded_steps, filled by the async daemon from events appended through the API and
/// the import: one row per step with its recording details from the event's own envelope,
/// corrections and withdrawals as rows of their own; and the same rows after Marten's rebuild.
/// </summary>
[Collection(DaemonHost.Collection)]
public sealed class RecordedStepsTests(DaemonHost host)
{
    private readonly HttpClient _worker = host.ClientFor("sw.sam.taylor");

    private static string[] Fields(string row) => row.Split('|');

    [Fact]
    public async Task Every_step_recorded_through_the_api_becomes_a_row_once_the_daemon_has_caught_up()
    {
        var child = JourneyApi.NewChildId();
        await _worker.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "c", consent = "Given" });
        await _worker.RecordOk(child, "front-door-decisions", new { decidedAt = "2026-03-04T10:00:00Z", outcome = "ReferralForAssessment", rationale = "r", decidedBy = "m" });
        var original = (await _worker.Timeline(child))[0]!["data"]!.AsObject();
        var replacement = original.DeepClone().AsObject();
        replacement["occurredAt"] = "2026-03-03T09:00:00Z";
        await _worker.RecordOk(child, "corrections", new { version = 1, reason = "Wrong day", replacement });
        await _worker.RecordOk(child, "withdrawals", new { version = 2, reason = "Wrong child" });

        await host.CaughtUp();

        var rows = (await host.RecordedSteps(child)).Select(Fields).ToList();
        rows.Select(r => r[3]).ShouldBe(["ContactReceived", "FrontDoorDecisionMade", "EventCorrected", "EventWithdrawn"]);
        // The contact as recorded, marked corrected and dated as corrected now; the decision withdrawn.
        rows[0][4].ShouldBe("2026-03-02T09:00:00");
        rows[0][9..].ShouldBe(["corrected", "2026-03-03T09:00:00"]);
        rows[1][9..].ShouldBe(["withdrawn", "2026-03-04T10:00:00"]);
        // The correction and the withdrawal name the version they change.
        rows[2][8].ShouldBe("1");
        rows[3][8].ShouldBe("2");
        rows.ShouldAllBe(r => r[6] == "sw.sam.taylor" && r[7] == "-");

        // Sequence, recording time and recorder are the store's own for each event.
        await using var session = host.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(child, token: TestContext.Current.CancellationToken);
        rows.Select(r => (r[1], r[2], r[5])).ShouldBe(events.Select(e =>
            (e.Version.ToString(), e.Sequence.ToString(), e.Timestamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffff"))));
    }

    [Fact]
    public async Task An_imported_step_is_recorded_when_the_source_system_recorded_it_and_by_whom()
    {
        var child = JourneyApi.NewChildId();
        var line = JsonSerializer.Serialize(new
        {
            childId = child,
            type = "ContactReceived",
            occurredAt = "2025-06-06T14:00:00Z",
            recordedAt = "2025-06-10T08:30:00Z",
            recordedBy = "sw.legacy.user",
            data = new { source = "2A", concerns = "c", consent = "Given" },
        });
        var content = new StringContent(line + "\n", Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        var response = await host.ClientFor("migration.officer", "importer").PostAsync("/api/import", content, TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBe(200, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        await host.CaughtUp();

        var row = Fields((await host.RecordedSteps(child)).Single());
        row[3].ShouldBe("ContactReceived");
        row[4].ShouldBe("2025-06-06T14:00:00");
        row[5].ShouldBe("2025-06-10T08:30:00.000000"); // the source system's recordedAt, not the import's time
        row[6].ShouldBe("sw.legacy.user");
        DateTimeOffset.Parse(row[7] + "Z").ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5)); // imported just now
    }

    /// <summary>
    /// Marten's rebuild replays every event through the projection over the rows already there:
    /// the rows deleted come back and a row disturbed is put right, so the table is as it was.
    /// </summary>
    [Fact]
    public async Task Replaying_the_projection_with_martens_rebuild_gives_the_same_rows()
    {
        var deleted = JourneyApi.NewChildId();
        var disturbed = JourneyApi.NewChildId();
        foreach (var child in new[] { deleted, disturbed })
        {
            await _worker.RecordOk(child, "contacts", new { receivedAt = "2026-04-01T09:00:00Z", source = "6", concerns = "c", consent = "NotRequired" });
            await _worker.RecordOk(child, "front-door-decisions", new { decidedAt = "2026-04-01T12:00:00Z", outcome = "EarlyHelp", rationale = "r", decidedBy = "m" });
        }
        await _worker.RecordOk(disturbed, "withdrawals", new { version = 2, reason = "Wrong child" });
        await host.CaughtUp();
        var before = await host.RecordedSteps();
        before.Count(r => r.StartsWith(deleted + "|")).ShouldBe(2);

        await host.Execute($"DELETE FROM {RecordedStepsProjection.StepsTable.QualifiedName} WHERE child_id = @c", ("c", deleted));
        await host.Execute($"UPDATE {RecordedStepsProjection.StepsTable.QualifiedName} SET status = 'recorded', recorded_by = 'someone else' WHERE child_id = @c", ("c", disturbed));
        var daemon = host.Coordinator.DaemonForMainDatabase();
        await daemon.RebuildProjectionAsync(RecordedStepsProjection.ProjectionName, DaemonHost.Patience, TestContext.Current.CancellationToken);

        (await host.RecordedSteps()).ShouldBe(before);

        // A rebuild leaves the shard's agent stopped; started again, it carries on from where the rebuild ended.
        await daemon.StartAgentAsync(RecordedStepsProjection.ShardName, TestContext.Current.CancellationToken);
        var later = JourneyApi.NewChildId();
        await _worker.RecordOk(later, "contacts", new { receivedAt = "2026-04-02T09:00:00Z", source = "6", concerns = "c", consent = "NotRequired" });
        await host.CaughtUp();
        (await host.RecordedSteps(later)).Count.ShouldBe(1);
    }
}
