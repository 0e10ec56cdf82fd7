using System.Text.Json.Nodes;
using Journey.IntegrationTests.Infrastructure;
using Journey.Projections.Rebuild;

namespace Journey.IntegrationTests.Rebuild;

/// <summary>
/// POST /api/admin/rebuild (the rebuild command's work, in the service): every projection table
/// emptied and replayed from the events comes back row for row as the steps wrote it when they
/// were recorded, and a table tampered with comes back as it was. Each test compares against the
/// tables as they stand when it begins, so the tests may run in any order.
/// </summary>
public sealed class RebuildTests(RebuildHost host) : IClassFixture<RebuildHost>
{
    private const string CareProceedingsClock =
        $"SELECT concat_ws('|', due_date, due_extension_days) FROM journey.measure_clocks WHERE child_id = '{RebuildHost.DocChild}' AND measure = 'care-proceedings'";

    [Fact]
    public async Task Every_table_of_the_schema_is_a_projections_or_the_stores_and_none_is_both()
    {
        var owned = host.ProjectionTableNames();
        var all = await host.Strings("""
            SELECT table_schema || '.' || table_name FROM information_schema.tables
            WHERE table_schema = 'journey' AND table_type = 'BASE TABLE'
              AND table_name NOT LIKE 'mt\_%' AND table_name NOT LIKE 'wolverine\_%'
            """);

        var store = host.StoreTableNames();
        var kept = host.KeptTableNames();
        owned.Concat(store).Concat(kept).Order().ShouldBe(all.Order());
        owned.Intersect(store).ShouldBeEmpty();
        owned.Intersect(kept).ShouldBeEmpty();
        store.ShouldBe(["journey.calendar_days", "journey.timescale_rules", "journey.imported_lines", "journey.kpis",
            "journey.kpi_comparators", "journey.child_population", "journey.kpi_kept_counts", "journey.kpi_kept_months", "journey.kpi_kept_marks",
            "journey.kpi_kept_state", "journey.access_log", "journey.disposals"], ignoreOrder: true);
        // The hash chain is evidence: a rebuild neither empties it nor rewrites it.
        kept.ShouldBe(["journey.event_hashes"]);
        owned.Count.ShouldBe(owned.Distinct().Count(), "no table is owned twice");
        owned.ShouldContain("journey.measure_clocks");
        owned.ShouldContain("journey.recorded_steps");
    }

    [Fact]
    public async Task Rebuilding_gives_back_every_projection_table_and_the_kpi_pack_row_for_row()
    {
        var before = await ProjectionSnapshot.Take(host);
        // The varied history reached the tables the brief names (and the extension shortened from 8 weeks to 6:
        // proceedings issued 4 Oct 2026 + 26 weeks = 4 Apr 2027, + 42 days = 16 May 2027).
        foreach (var table in new[] { "journey.measure_clocks", "journey.family_members", "journey.allocations", "journey.child_details",
                     "journey.age_measure_steps", "journey.review_conferences", "journey.protection_visits", "journey.looked_after_reviews",
                     "journey.placements", "journey.supervisions", "journey.recorded_steps", "kpi_pack as occurred" })
            before.Parts[table].ShouldNotBeEmpty(table);
        // Issued Sunday 4 October 2026: 26 weeks beginning with that day end Saturday 3 April 2027, and 42 days more.
        (await host.Strings(CareProceedingsClock)).ShouldBe(["2027-05-15|42"]);

        var report = await Rebuild();

        (await ProjectionSnapshot.Take(host)).ShouldEqual(before);
        (await host.Strings(CareProceedingsClock)).ShouldBe(["2027-05-15|42"], "the extension is counted once");
        report["projections"]!.AsArray().Select(p => p!["projection"]!.GetValue<string>())
            .ShouldBe(ProjectionTables.Rebuildable(host.Options).Select(p => p.Name), "every projection, in the order registered");
        report["events"]!.GetValue<long>().ShouldBeGreaterThan(1000);
        report["projections"]!.AsArray().Single(p => p!["projection"]!.GetValue<string>() == "TimelinessMeasures")!["tablesEmptied"]!
            .AsArray().Select(t => t!.GetValue<string>()).ShouldContain("journey.measure_clocks");
    }

    [Fact]
    public async Task Rebuilding_leaves_the_hash_chain_as_it_was_so_an_altered_event_is_still_caught()
    {
        var child = RebuildHost.DocChild;
        const string hashes = "SELECT concat_ws('|', stream_id, version, hash, origin) FROM journey.event_hashes ORDER BY stream_id, version";
        var before = await host.Strings(hashes);
        before.ShouldNotBeEmpty();
        await host.Execute($"UPDATE journey.mt_events SET data = jsonb_set(data, '{{reason}}', '\"rewritten\"') WHERE stream_id = '{child}' AND version = 2");
        try
        {
            await Rebuild();

            (await host.Strings(hashes)).ShouldBe(before);
            var verification = await (await host.ClientFor("auditor.ann", "auditor").GetAsync($"/api/children/{child}/verification",
                TestContext.Current.CancellationToken)).ReadJson();
            verification["status"]!.GetValue<string>().ShouldBe("broken");
        }
        finally
        {
            await host.Execute($"UPDATE journey.mt_events SET data = data - 'reason' WHERE stream_id = '{child}' AND version = 2 AND data->>'reason' = 'rewritten'");
        }
    }

    [Fact]
    public async Task Rebuilding_puts_back_deleted_and_altered_rows()
    {
        var before = await ProjectionSnapshot.Take(host);
        var child = RebuildHost.DocChild;
        await host.Execute($"DELETE FROM journey.measure_clocks WHERE child_id = '{child}' AND measure = 'care-proceedings'");
        await host.Execute($"UPDATE journey.family_members SET family_id = 'someone else''s family' WHERE child_id = '{child}'");
        await host.Execute($"UPDATE journey.allocations SET team = 'Tampered Team' WHERE child_id = '{child}'");
        await host.Execute($"DELETE FROM journey.recorded_steps WHERE child_id = '{child}' AND version = 1");
        (await ProjectionSnapshot.Take(host)).DifferingFrom(before).ShouldBe(
            ["journey.allocations", "journey.family_members", "journey.measure_clocks", "journey.recorded_steps", "kpi_pack as occurred", "kpi_pack as recorded"]);

        await Rebuild();

        (await ProjectionSnapshot.Take(host)).ShouldEqual(before);
    }

    [Fact]
    public async Task A_rebuild_whose_replay_stops_short_fails_and_the_next_gives_every_table_back()
    {
        var before = await ProjectionSnapshot.Take(host);
        // Every referral replayed is refused by the database, so the referrals' projection fails on the first page
        // holding one; Marten's single pass then stops without throwing (decision 170).
        var cancellation = TestContext.Current.CancellationToken;
        await Sql.Execute(host.ConnectionString, "ALTER TABLE journey.referrals ADD CONSTRAINT rebuild_test_refuses_every_row CHECK (false) NOT VALID", cancellation);
        HttpResponseMessage failed;
        try
        {
            failed = await host.ClientFor("ops.admin", "administrator").PostAsync("/api/admin/rebuild", null, cancellation);
        }
        finally
        {
            await Sql.Execute(host.ConnectionString, "ALTER TABLE journey.referrals DROP CONSTRAINT rebuild_test_refuses_every_row", cancellation);
        }
        ((int)failed.StatusCode).ShouldBe(500, "a replay that stopped part way is not reported as a rebuild done");

        await Rebuild();

        (await ProjectionSnapshot.Take(host)).ShouldEqual(before);
    }

    [Fact]
    public async Task A_step_recorded_while_recording_is_paused_waits_and_is_projected_once_after()
    {
        var child = JourneyApi.NewChildId();
        var worker = host.ClientFor("mash.worker.amy");
        Task<HttpResponseMessage> write;
        await using (await RecordingPause.Take(host.Store, TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken))
        {
            write = worker.Record(child, "contacts", new { receivedAt = "2026-11-02T09:00:00Z", source = "6", concerns = "c", consent = "NotRequired" });
            await Eventually(async () => (await host.Strings(WaitingAppends)).Single() != "0");
            write.IsCompleted.ShouldBeFalse("the append waits for the pause");
        }

        ((int)(await write).StatusCode).ShouldBe(200);
        (await host.Strings($"SELECT measure FROM journey.measure_clocks WHERE child_id = '{child}' ORDER BY 1"))
            .ShouldBe(["contact-decision-24h", "front-door-decision"]);
    }

    [Fact]
    public async Task A_second_rebuild_while_one_runs_is_refused()
    {
        var admin = host.ClientFor("ops.admin", "administrator");
        Task<HttpResponseMessage> first;
        // Recording held paused here, so the first rebuild waits for it, holding its turn.
        await using (await RecordingPause.Take(host.Store, TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken))
        {
            first = admin.PostAsync("/api/admin/rebuild", null, TestContext.Current.CancellationToken);
            await Eventually(async () => (await host.Strings(WaitingAppends)).Single() != "0");

            var second = await admin.PostAsync("/api/admin/rebuild", null, TestContext.Current.CancellationToken);
            ((int)second.StatusCode).ShouldBe(409);
            (await second.ReadJson())["detail"]!.GetValue<string>().ShouldContain("already running");
        }
        ((int)(await first).StatusCode).ShouldBe(200);
    }

    [Fact]
    public async Task Rebuilding_needs_an_authenticated_user()
    {
        var response = await host.AnonymousClient().PostAsync("/api/admin/rebuild", null, TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBe(401);
    }

    /// <summary>Locks on the event table asked for and not granted: someone waiting for the pause to end.</summary>
    private const string WaitingAppends = """
        SELECT count(*)::text FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
        WHERE c.relname = 'mt_events' AND NOT l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
        """;

    private async Task<JsonObject> Rebuild()
    {
        var response = await host.ClientFor("ops.admin", "administrator").PostAsync("/api/admin/rebuild", null, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBe(200, text);
        await host.CaughtUp();
        return JsonNode.Parse(text)!.AsObject();
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new ShouldAssertException("The condition did not hold within 30 s.");
            await Task.Delay(50);
        }
    }
}
