using Weasel.Postgresql;
using Weasel.Postgresql.Functions;
using Weasel.Postgresql.Tables;

namespace Journey.Projections.Integrity;

/// <summary>
/// journey.event_hashes: one row per event, keyed like the event (child, stream version), holding
/// the link of the child's hash chain: hash(n) = SHA-256(hash(n-1) ‖ SHA-256(canonical(n))), all as
/// lower-case hex, with hash(0) = 64 zeros. The rows are computed by PostgreSQL from the event rows
/// as stored (journey.chain_event), in the transaction that appends them, so what is hashed is
/// exactly what an auditor later reads back. See docs/decisions.md (tamper evidence).
/// </summary>
public static class EventHashSchema
{
    public static readonly PostgresqlObjectName HashesTable = new(JourneyStore.Schema, "event_hashes", SchemaUtils.IdentifierUsage.General);
    public static readonly string CanonicalFunction = $"{JourneyStore.Schema}.event_canonical";
    public static readonly string ChainFunction = $"{JourneyStore.Schema}.chain_event";
    public static readonly string ChainBatchFunction = $"{JourneyStore.Schema}.chain_events";
    public static readonly string SealFunction = $"{JourneyStore.Schema}.seal_stream";
    private static readonly string LinkFunction = $"{JourneyStore.Schema}.link_events";

    /// <summary>The link before a child's first event.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>How the link was made: in the transaction that appended the event, or afterwards (history sealed once).</summary>
    public const string Appended = "appended";
    public const string Sealed = "sealed";

    /// <summary>
    /// The first key of the two-key advisory lock that serialises chaining one child (the second is
    /// hashtext(child)); two-key locks never meet the one-key locks Marten and Wolverine take.
    /// </summary>
    public const int LockClass = 0x4A48; // "JH"

    /// <summary>The canonical form's name, first in every canonical text: a later form gets a new name.</summary>
    public const string CanonicalForm = "journey-event-v1";

    public static Table Hashes()
    {
        var table = new Table(HashesTable);
        table.AddColumn("stream_id", "text").AsPrimaryKey();
        table.AddColumn("version", "bigint").AsPrimaryKey();
        table.AddColumn("seq_id", "bigint").NotNull();
        table.AddColumn("event_id", "uuid").NotNull();
        table.AddColumn("data_sha256", "text").NotNull();
        table.AddColumn("event_sha256", "text").NotNull();
        table.AddColumn("prev_hash", "text").NotNull();
        table.AddColumn("hash", "text").NotNull();
        table.AddColumn("origin", "text").NotNull();
        table.AddColumn("chained_at", "timestamptz").NotNull();
        table.AddColumn("sealed_by", "text");
        // Verification asks for the first link chained when appended (where chaining began).
        table.Indexes.Add(new IndexDefinition("event_hashes_origin_seq") { Columns = ["origin", "seq_id"] });
        return table;
    }

    public static IEnumerable<Function> Functions() => [Canonical(), Link(), Chain(), ChainBatch(), Seal()];

    /// <summary>
    /// The canonical text of one event: a JSON array, rendered by PostgreSQL's jsonb output, of the
    /// form's name, child (stream key), version, event type, the data as stored, the timestamp in UTC
    /// to the microsecond, recorder (user name), correlation id, causation id and every header (for an
    /// import, who imported it and when). jsonb renders keys in its own fixed order with fixed
    /// spacing, so the text depends only on the values stored, not on how a writer spelled them, and
    /// JSON quoting leaves no doubt where one field ends. The timestamp is formatted explicitly so the
    /// session's TimeZone cannot change it.
    /// </summary>
    private static Function Canonical() => Function.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{CanonicalFunction}}(stream_id text, version bigint, event_type text, data jsonb,
            recorded_at timestamptz, user_name text, correlation_id text, causation_id text, headers jsonb)
        RETURNS text LANGUAGE sql STABLE AS $fn$
          SELECT jsonb_build_array('{{CanonicalForm}}'::text, stream_id, version, event_type, data,
                   to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                   user_name, correlation_id, causation_id, headers)::text
        $fn$;
        """);

    /// <summary>
    /// Chains a child's events p_from..p_to, in version order, on from the child's highest link
    /// below p_from (or the genesis). A row inserted by the current transaction is 'appended'; any
    /// other is 'sealed' (stored before it was chained: history from before this feature, or a replay).
    /// </summary>
    private static Function Link() => Function.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{LinkFunction}}(p_stream text, p_from bigint, p_to bigint, p_sealed_by text)
        RETURNS integer LANGUAGE plpgsql AS $fn$
        DECLARE
          v_prev text;
          v_event record;
          v_digest text;
          v_hash text;
          v_origin text;
          v_count integer := 0;
        BEGIN
          SELECT h.hash INTO v_prev FROM {{HashesTable.QualifiedName}} h
           WHERE h.stream_id = p_stream AND h.version < p_from ORDER BY h.version DESC LIMIT 1;
          v_prev := coalesce(v_prev, '{{Genesis}}');
          FOR v_event IN
            SELECT e.seq_id, e.id, e.version, e.data::text AS data_text, e.xmin::text AS xmin_text,
                   {{CanonicalFunction}}(e.stream_id, e.version, e.type, e.data, e.timestamp, e.user_name,
                                         e.correlation_id, e.causation_id, e.headers) AS canonical
              FROM {{JourneyStore.Schema}}.mt_events e
             WHERE e.stream_id = p_stream AND e.version BETWEEN p_from AND p_to
             ORDER BY e.version
          LOOP
            v_digest := encode(sha256(convert_to(v_event.canonical, 'UTF8')), 'hex');
            v_hash := encode(sha256(convert_to(v_prev || v_digest, 'UTF8')), 'hex');
            -- xmin is the 32-bit id of the transaction that inserted the row.
            v_origin := CASE WHEN v_event.xmin_text = (txid_current() % 4294967296)::text THEN '{{Appended}}' ELSE '{{Sealed}}' END;
            INSERT INTO {{HashesTable.QualifiedName}}
              (stream_id, version, seq_id, event_id, data_sha256, event_sha256, prev_hash, hash, origin, chained_at, sealed_by)
            VALUES (p_stream, v_event.version, v_event.seq_id, v_event.id,
                    encode(sha256(convert_to(v_event.data_text, 'UTF8')), 'hex'), v_digest, v_prev, v_hash, v_origin, now(),
                    CASE WHEN v_origin = '{{Sealed}}' THEN p_sealed_by END);
            v_prev := v_hash;
            v_count := v_count + 1;
          END LOOP;
          RETURN v_count;
        END
        $fn$;
        """);

    /// <summary>
    /// Chains event p_version of a child, called by the inline projection in the transaction that
    /// appended it, after Marten's own inserts. A child with no links yet (history from before this
    /// feature) is sealed first, so its chain runs unbroken from version 1. A version already chained
    /// is left alone, so a replay of the projection rewrites nothing; a child whose links stop short
    /// of the previous version is chained on from its last link and verification reports the gap.
    /// An event that is not there fails the write: nothing is stored unchained. So does the first
    /// event of a child whose record was disposed of (journey.disposals).
    /// </summary>
    private static Function Chain() => Function.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{ChainFunction}}(p_stream text, p_version bigint, p_by text)
        RETURNS integer LANGUAGE plpgsql AS $fn$
        DECLARE
          v_count integer := 0;
        BEGIN
          PERFORM pg_advisory_xact_lock({{LockClass}}, hashtext(p_stream));
          IF EXISTS (SELECT 1 FROM {{HashesTable.QualifiedName}} WHERE stream_id = p_stream AND version >= p_version) THEN
            RETURN 0;
          END IF;
          IF NOT EXISTS (SELECT 1 FROM {{JourneyStore.Schema}}.mt_events WHERE stream_id = p_stream AND version = p_version) THEN
            RAISE EXCEPTION 'chain_event: event % of % is not stored', p_version, p_stream;
          END IF;
          -- A disposed child's id never starts a new journey, whichever path appends (decision 67).
          IF p_version = 1 AND EXISTS (SELECT 1 FROM {{Disposal.DisposalSchema.Table.QualifiedName}} WHERE child_id = p_stream) THEN
            RAISE EXCEPTION 'chain_event: the record of % was disposed of; a new journey cannot start under its id', p_stream
              USING ERRCODE = '{{Disposal.DisposalFunction.RecordDisposed}}';
          END IF;
          IF p_version > 1 AND NOT EXISTS (SELECT 1 FROM {{HashesTable.QualifiedName}} WHERE stream_id = p_stream) THEN
            v_count := {{LinkFunction}}(p_stream, 1, p_version - 1, p_by);
          END IF;
          RETURN v_count + {{LinkFunction}}(p_stream, p_version, p_version, p_by);
        END
        $fn$;
        """);

    /// <summary>
    /// Chains a batch of events, the i-th being version p_versions[i] of child p_streams[i] recorded by
    /// p_by[i], one after another in the order given, each exactly as journey.chain_event chains it:
    /// the inline projection's one statement for all the events of a transaction or a replayed page.
    /// </summary>
    private static Function ChainBatch() => Function.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{ChainBatchFunction}}(p_streams text[], p_versions bigint[], p_by text[])
        RETURNS integer LANGUAGE plpgsql AS $fn$
        DECLARE
          v_count integer := 0;
        BEGIN
          FOR i IN 1 .. coalesce(array_length(p_streams, 1), 0) LOOP
            v_count := v_count + {{ChainFunction}}(p_streams[i], p_versions[i], p_by[i]);
          END LOOP;
          RETURN v_count;
        END
        $fn$;
        """);

    /// <summary>
    /// Seals a child none of whose events is chained yet (history stored before this feature):
    /// chains every event it has, marked 'sealed' with who sealed it and when. A child with any link
    /// is left alone (answers 0): sealing never fills a gap in a chain, which is evidence.
    /// </summary>
    private static Function Seal() => Function.ForSql($$"""
        CREATE OR REPLACE FUNCTION {{SealFunction}}(p_stream text, p_by text)
        RETURNS integer LANGUAGE plpgsql AS $fn$
        BEGIN
          PERFORM pg_advisory_xact_lock({{LockClass}}, hashtext(p_stream));
          IF EXISTS (SELECT 1 FROM {{HashesTable.QualifiedName}} WHERE stream_id = p_stream) THEN
            RETURN 0;
          END IF;
          RETURN {{LinkFunction}}(p_stream, 1, (SELECT max(version) FROM {{JourneyStore.Schema}}.mt_events WHERE stream_id = p_stream), p_by);
        END
        $fn$;
        """);
}
