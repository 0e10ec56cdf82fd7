using System.Net;
using Journey.IntegrationTests.Infrastructure;
using Journey.Projections.Integrity;
using static Journey.IntegrationTests.Integrity.ChainFixtures;

namespace Journey.IntegrationTests.Integrity;

/// <summary>
/// Every write path chains its events, and verification finds what was changed in the database
/// afterwards, naming the child, the version and what differs. Each test tampers with children of
/// its own only, on the shared host.
/// </summary>
public sealed class ChainTamperTests(JourneyHost host)
{
    private readonly HttpClient _worker = host.ClientFor("sw.sam.taylor");
    private readonly HttpClient _auditor = host.ClientFor("auditor.ann", "auditor");
    private string Db => host.ConnectionString;

    private Task<int> Tamper(string sql, string child) => Execute(Db, sql, ("c", child));

    [Fact]
    public async Task A_journey_recorded_corrected_and_withdrawn_through_the_api_verifies_intact_link_by_link()
    {
        var child = await RecordCorrectedJourney(_worker);

        var report = await _auditor.Verification(child);

        report["status"]!.GetValue<string>().ShouldBe("intact", report.ToJsonString());
        report["events"]!.GetValue<long>().ShouldBe(4);
        report["chainedEvents"]!.GetValue<long>().ShouldBe(4);
        report["sealedEvents"]!.GetValue<long>().ShouldBe(0);
        report["breaks"]!.AsArray().ShouldBeEmpty();
        var links = await Rows(Db, $"""
            SELECT h.version, h.origin, h.prev_hash, h.hash,
                   journey.event_canonical(e.stream_id, e.version, e.type, e.data, e.timestamp, e.user_name, e.correlation_id, e.causation_id, e.headers)
              FROM {EventHashSchema.HashesTable.QualifiedName} h JOIN journey.mt_events e ON e.stream_id = h.stream_id AND e.version = h.version
             WHERE h.stream_id = @c ORDER BY h.version
            """, ("c", child));
        links.Count.ShouldBe(4);
        // The documented formula, worked here apart from the verifier: hash(n) = SHA-256(hash(n-1) ‖ SHA-256(canonical(n))).
        var previous = new string('0', 64);
        foreach (var (link, version) in links.Select((l, i) => (l.Split('|', 5), i + 1)))
        {
            link[0].ShouldBe(version.ToString());
            link[1].ShouldBe("appended");
            link[2].ShouldBe(previous);
            link[4].ShouldStartWith($"[\"journey-event-v1\", \"{child}\", {version}, ");
            link[3].ShouldBe(ChainHashes.Sha256Hex(previous + ChainHashes.Sha256Hex(link[4])));
            previous = link[3];
        }
        report["head"]!["version"]!.GetValue<long>().ShouldBe(4);
        report["head"]!["hash"]!.GetValue<string>().ShouldBe(previous);
    }

    [Fact]
    public async Task An_imported_journey_verifies_intact_and_its_importer_headers_are_part_of_what_is_chained()
    {
        var child = await ImportJourney(host.ClientFor("migration.officer", "importer"));
        (await _auditor.Verification(child))["status"]!.GetValue<string>().ShouldBe("intact");

        await Tamper("UPDATE journey.mt_events SET headers = jsonb_set(headers, '{importedBy}', '\"someone.else\"') WHERE stream_id = @c AND version = 2", child);

        (await _auditor.Verification(child)).OnlyBreak().ShouldBe((2, "details-altered"));
    }

    [Fact]
    public async Task Rewriting_the_data_with_the_same_json_in_another_spelling_is_not_a_change()
    {
        var child = await RecordCorrectedJourney(_worker);

        // jsonb keeps no spelling: the same values written back as text, keys reordered, are stored identically.
        await Tamper("""
            UPDATE journey.mt_events SET data = (SELECT jsonb_object_agg(key, value ORDER BY key DESC) FROM jsonb_each(data))::text::jsonb
             WHERE stream_id = @c
            """, child);

        (await _auditor.Verification(child))["status"]!.GetValue<string>().ShouldBe("intact");
    }

    [Fact]
    public async Task Data_altered_in_sql_is_reported_at_that_child_and_version_by_the_child_and_the_store_verification()
    {
        var child = await RecordCorrectedJourney(_worker);
        var clean = await RecordCorrectedJourney(_worker);

        await Tamper("UPDATE journey.mt_events SET data = jsonb_set(data, '{concerns}', '\"No concerns\"') WHERE stream_id = @c AND version = 1", child);

        var report = await _auditor.Verification(child);
        report.OnlyBreak().ShouldBe((1, "data-altered"));
        report["head"].ShouldBeNull();
        var store = await _auditor.StoreVerification();
        store["status"]!.GetValue<string>().ShouldBe("broken");
        var breaks = store["breaks"]!.AsArray();
        breaks.Where(b => b!["childId"]!.GetValue<string>() == child).ShouldHaveSingleItem()!["version"]!.GetValue<long>().ShouldBe(1);
        breaks.ShouldNotContain(b => b!["childId"]!.GetValue<string>() == clean);
        // The demo loader's journeys are chained as they load; Marten's tombstone stream is no child's.
        breaks.ShouldNotContain(b => b!["childId"]!.GetValue<string>().StartsWith("DEMO-") || b!["childId"]!.GetValue<string>() == "mt_tombstone");
        (await _auditor.Verification("DEMO-0001"))["status"]!.GetValue<string>().ShouldBe("intact");
        (await _auditor.Verification(clean))["status"]!.GetValue<string>().ShouldBe("intact");
    }

    [Fact]
    public async Task A_changed_timestamp_or_recorder_is_reported_as_details_altered()
    {
        var child = await RecordCorrectedJourney(_worker);
        var other = await RecordCorrectedJourney(_worker);

        await Tamper("UPDATE journey.mt_events SET timestamp = timestamp - interval '1 day' WHERE stream_id = @c AND version = 3", child);
        await Tamper("UPDATE journey.mt_events SET user_name = 'tm.someone' WHERE stream_id = @c AND version = 2", other);

        (await _auditor.Verification(child)).OnlyBreak().ShouldBe((3, "details-altered"));
        (await _auditor.Verification(other)).OnlyBreak().ShouldBe((2, "details-altered"));
    }

    [Fact]
    public async Task A_deleted_event_row_is_reported_missing_at_its_version()
    {
        var child = await RecordCorrectedJourney(_worker);

        await Tamper("DELETE FROM journey.mt_events WHERE stream_id = @c AND version = 2", child);

        (await _auditor.Verification(child)).OnlyBreak().ShouldBe((2, "event-missing"));
    }

    [Fact]
    public async Task The_latest_event_deleted_with_its_link_is_caught_by_the_stream_version()
    {
        var child = await RecordCorrectedJourney(_worker);

        await Tamper("DELETE FROM journey.mt_events WHERE stream_id = @c AND version = 4", child);
        await Tamper($"DELETE FROM {EventHashSchema.HashesTable.QualifiedName} WHERE stream_id = @c AND version = 4", child);

        (await _auditor.Verification(child)).OnlyBreak().ShouldBe((4, "event-missing"));
    }

    [Fact]
    public async Task An_altered_stored_hash_is_reported_at_its_version()
    {
        var child = await RecordCorrectedJourney(_worker);

        await Tamper($"UPDATE {EventHashSchema.HashesTable.QualifiedName} SET hash = md5(hash) || md5(hash) WHERE stream_id = @c AND version = 3", child);

        (await _auditor.Verification(child)).OnlyBreak().ShouldBe((3, "link-altered"));
    }

    [Fact]
    public async Task Data_altered_with_its_own_link_recomputed_breaks_the_next_link()
    {
        var child = await RecordCorrectedJourney(_worker);

        // A careful tamperer changes version 2 and recomputes its link, but not the links after it.
        await Tamper("UPDATE journey.mt_events SET data = jsonb_set(data, '{rationale}', '\"changed\"') WHERE stream_id = @c AND version = 2", child);
        await Tamper($"DELETE FROM {EventHashSchema.HashesTable.QualifiedName} WHERE stream_id = @c AND version = 2", child);
        await Tamper("SELECT journey.link_events(@c, 2, 2, NULL)", child);

        // Chained outside the appending transaction, the new link says so.
        (await _auditor.Verification(child)).OnlyBreak().ShouldBe((2, "sealed-late"));

        await Tamper($"UPDATE {EventHashSchema.HashesTable.QualifiedName} SET origin = 'appended', sealed_by = NULL WHERE stream_id = @c AND version = 2", child);

        (await _auditor.Verification(child)).OnlyBreak().ShouldBe((3, "link-altered"));
    }

    [Fact]
    public async Task A_deleted_link_row_is_told_apart_from_an_event_slipped_in()
    {
        var child = await RecordCorrectedJourney(_worker);

        await Tamper($"DELETE FROM {EventHashSchema.HashesTable.QualifiedName} WHERE stream_id = @c AND version = 2", child);

        (await _auditor.Verification(child)).OnlyBreak().ShouldBe((2, "link-missing"));
    }

    [Fact]
    public async Task Two_events_swapped_are_reported_as_reordered_and_an_event_added_afterwards_as_not_chained()
    {
        var swapped = await RecordCorrectedJourney(_worker);
        var added = await RecordCorrectedJourney(_worker);

        await Tamper("""
            UPDATE journey.mt_events SET version = -version WHERE stream_id = @c AND version IN (2, 3);
            UPDATE journey.mt_events SET version = CASE version WHEN -2 THEN 3 ELSE 2 END WHERE stream_id = @c AND version < 0;
            """, swapped);
        await Tamper("""
            INSERT INTO journey.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, user_name)
            SELECT nextval('journey.mt_events_sequence'), gen_random_uuid(), stream_id, 5, data, type, now(), tenant_id, mt_dotnet_type, user_name
              FROM journey.mt_events WHERE stream_id = @c AND version = 1;
            UPDATE journey.mt_streams SET version = 5 WHERE id = @c;
            """, added);

        (await _auditor.Verification(swapped)).OnlyBreak().ShouldBe((2, "reordered"));
        (await _auditor.Verification(added)).OnlyBreak().ShouldBe((5, "not-chained"));
    }

    [Fact]
    public async Task Concurrent_writers_on_one_child_leave_one_unbroken_chain()
    {
        var child = JourneyApi.NewChildId();
        await _worker.RecordOk(child, "contacts", new { receivedAt = "2026-03-02T09:00:00Z", source = "2A", concerns = "c", consent = "Given" });

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => host.ClientFor($"writer.{i}").Record(child, "contacts",
            new { receivedAt = $"2026-03-02T10:{i:00}:00Z", source = "6", concerns = $"writer {i}", consent = "Given" })));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK || r.StatusCode == HttpStatusCode.Conflict);
        var landed = responses.Count(r => r.StatusCode == HttpStatusCode.OK);
        var report = await _auditor.Verification(child);
        report["status"]!.GetValue<string>().ShouldBe("intact", report.ToJsonString());
        report["chainedEvents"]!.GetValue<long>().ShouldBe(1 + landed);
        (await Rows(Db, $"SELECT count(*) FROM {EventHashSchema.HashesTable.QualifiedName} WHERE stream_id = @c", ("c", child))).ShouldBe([(1 + landed).ToString()]);
    }

    [Fact]
    public async Task An_unknown_child_is_not_found()
    {
        var response = await _auditor.GetAsync($"/api/children/{JourneyApi.NewChildId()}/verification", TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Verification_needs_an_authenticated_caller()
    {
        var response = await host.AnonymousClient().GetAsync("/api/verification", TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
