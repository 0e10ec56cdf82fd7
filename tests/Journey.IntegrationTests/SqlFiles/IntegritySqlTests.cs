using System.Security.Cryptography;
using System.Text;
using Journey.Projections.Disposal;
using Journey.Projections.Integrity;
using Npgsql;

namespace Journey.IntegrationTests.SqlFiles;

/// <summary>
/// The hash chain's functions of src/Journey.Projections/Integrity/*.sql called directly: events put into Marten's
/// mt_events, the links read back from event_hashes and worked out again here, hash(n) = SHA-256(hash(n-1) ‖
/// SHA-256(canonical(n))) in lower-case hex. An event stored by an earlier transaction is 'sealed' when chained; in a
/// test that is one inserted inside a savepoint, which gives it a transaction id of its own.
/// </summary>
public sealed class IntegritySqlTests(EmptyStore store) : IClassFixture<EmptyStore>
{
    /// <summary>The stream, and its events 1 to <paramref name="versions"/>, all but <paramref name="appended"/> of them stored earlier.</summary>
    private static string Events(string child, int versions, int appended = 0)
    {
        string Insert(int from, int to) => $$"""
            INSERT INTO journey.mt_events (seq_id, id, stream_id, version, data, type, timestamp, user_name, correlation_id, headers)
            SELECT 900000 + v, gen_random_uuid(), '{{child}}', v, jsonb_build_object('step', v, 'note', 'é'), 'contact_received',
                   '2026-03-02T09:30:00.123456Z'::timestamptz + v * interval '1 day', 'sw.sam', 'corr-' || v, '{}'::jsonb
            FROM generate_series({{from}}, {{to}}) v;
            """;
        var earlier = versions - appended;
        return $"""
            INSERT INTO journey.mt_streams (id, version) VALUES ('{child}', {versions});
            SAVEPOINT earlier;
            {(earlier > 0 ? Insert(1, earlier) : "")}
            RELEASE SAVEPOINT earlier;
            {(appended > 0 ? Insert(earlier + 1, versions) : "")}
            """;
    }

    private const string Links = """
        SELECT h.version, h.data_sha256, h.event_sha256, h.prev_hash, h.hash, h.origin, h.sealed_by, e.data::text AS data_text,
               journey.event_canonical(e.stream_id, e.version, e.type, e.data, e.timestamp, e.user_name, e.correlation_id, e.causation_id, e.headers) AS canonical
        FROM journey.event_hashes h JOIN journey.mt_events e ON e.stream_id = h.stream_id AND e.version = h.version
        WHERE h.stream_id = '{0}' ORDER BY h.version
        """;

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Each link follows from the one before and its event, from the genesis.</summary>
    private static void ShouldBeAChain(List<Dictionary<string, object?>> links)
    {
        var previous = EventHashSchema.Genesis;
        foreach (var link in links)
        {
            link["data_sha256"].ShouldBe(Sha256((string)link["data_text"]!));
            link["event_sha256"].ShouldBe(Sha256((string)link["canonical"]!));
            link["prev_hash"].ShouldBe(previous);
            link["hash"].ShouldBe(Sha256(previous + (string)link["event_sha256"]!));
            previous = (string)link["hash"]!;
        }
    }

    [Fact]
    public async Task Event_canonical_is_a_json_array_of_the_form_the_event_and_its_time_in_utc_whatever_the_sessions_zone()
    {
        var row = (await store.Rows("SET LOCAL TIME ZONE 'America/New_York';", """
            SELECT journey.event_canonical('SQL-A', 2, 'contact_received', '{"b": 2, "a": "é"}', '2026-03-02T09:30:00.123456Z', 'sw.sam',
                                           'corr-1', NULL, '{"imported-by": "migration.officer"}') AS canonical
            """)).Single();

        row["canonical"].ShouldBe($$"""
            ["{{EventHashSchema.CanonicalForm}}", "SQL-A", 2, "contact_received", {"a": "é", "b": 2}, "2026-03-02T09:30:00.123456Z", "sw.sam", "corr-1", null, {"imported-by": "migration.officer"}]
            """);
    }

    [Fact]
    public async Task Seal_stream_chains_every_event_of_a_child_with_no_links_as_sealed_by_whoever_sealed_it_and_a_second_seal_does_nothing()
    {
        var setup = Events("SQL-S", 3) + "SELECT journey.seal_stream('SQL-S', 'ops.admin');";

        var links = await store.Rows(setup, string.Format(Links, "SQL-S"));
        var again = (await store.Rows(setup, "SELECT journey.seal_stream('SQL-S', 'ops.other') AS linked")).Single();

        links.Select(l => l["version"]).ShouldBe([1L, 2L, 3L]);
        ShouldBeAChain(links);
        links.ShouldAllBe(l => (string)l["origin"]! == EventHashSchema.Sealed && (string?)l["sealed_by"] == "ops.admin");
        again["linked"].ShouldBe(0);
    }

    [Fact]
    public async Task Chain_event_seals_a_childs_earlier_history_first_then_links_the_event_appended_and_leaves_a_chained_one_alone()
    {
        var setup = Events("SQL-C", 3, appended: 1);

        var first = (await store.Rows(setup, "SELECT journey.chain_event('SQL-C', 3, 'journey.service') AS linked")).Single();
        var links = await store.Rows(setup + "SELECT journey.chain_event('SQL-C', 3, 'journey.service');", string.Format(Links, "SQL-C"));
        var again = (await store.Rows(setup + "SELECT journey.chain_event('SQL-C', 3, 'journey.service');",
            "SELECT journey.chain_event('SQL-C', 3, 'journey.service') AS linked")).Single();

        first["linked"].ShouldBe(3);
        ShouldBeAChain(links);
        links.Select(l => ((long)l["version"]!, (string)l["origin"]!, (string?)l["sealed_by"])).ShouldBe(
        [
            (1L, EventHashSchema.Sealed, "journey.service"),
            (2L, EventHashSchema.Sealed, "journey.service"),
            (3L, EventHashSchema.Appended, null),
        ]);
        again["linked"].ShouldBe(0);
    }

    [Fact]
    public async Task Chain_event_refuses_an_event_not_stored_and_the_first_event_of_a_child_disposed_of()
    {
        const string disposed = """
            INSERT INTO journey.disposals (seq, child_id, disposed_at, authorised_by, disposed_by, reason, rule_applied, events, last_version,
                                           head_hash, prev_hash, hash)
            VALUES (1, 'SQL-D', now(), 'a', 'b', 'retention', 'rule', 1, 1, 'x', 'y', 'z');
            """;

        var missing = await Should.ThrowAsync<PostgresException>(() => store.Rows(Events("SQL-M", 1), "SELECT journey.chain_event('SQL-M', 2, 'svc')"));
        var refused = await Should.ThrowAsync<PostgresException>(() =>
            store.Rows(disposed + Events("SQL-D", 1, appended: 1), "SELECT journey.chain_event('SQL-D', 1, 'svc')"));

        missing.MessageText.ShouldBe("chain_event: event 2 of SQL-M is not stored");
        refused.SqlState.ShouldBe(DisposalFunction.RecordDisposed);
    }

    [Fact]
    public async Task The_chain_takes_the_advisory_lock_disposal_takes_for_a_child()
    {
        var rows = await store.Rows("", """
            SELECT p.proname, pg_get_functiondef(p.oid) AS definition FROM pg_proc p
            WHERE p.pronamespace = 'journey'::regnamespace AND p.proname IN ('chain_event', 'seal_stream')
            """);

        rows.Count.ShouldBe(2);
        rows.ShouldAllBe(r => ((string)r["definition"]!).Contains($"pg_advisory_xact_lock({EventHashSchema.LockClass}, hashtext(p_stream))"));
    }
}
