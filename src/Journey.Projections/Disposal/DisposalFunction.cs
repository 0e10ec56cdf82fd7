using Journey.Projections.Integrity;
using Weasel.Postgresql.Functions;

namespace Journey.Projections.Disposal;

/// <summary>
/// journey.dispose_child: disposes of one child's record in the caller's transaction (decision 67).
/// SECURITY DEFINER, so it runs with the schema owner's rights: the service role, which may not
/// DELETE events or change the hash chain, can dispose of a record only through it, and it always
/// leaves the chained disposal row behind. Only the service role may EXECUTE it (DatabaseAccess).
/// It refuses, with a SQLSTATE of its own, a child already disposed of, a stream that moved on since
/// the retention period was judged, and a chain that does not recompute (a broken chain is evidence,
/// and is kept for the auditor).
/// </summary>
public static class DisposalFunction
{
    public static readonly string Name = $"{JourneyStore.Schema}.dispose_child";
    /// <summary>The argument types, as a GRANT or REVOKE names the function.</summary>
    public static readonly string Signature = $"{Name}(text, bigint, text, text, text, text)";

    /// <summary>The child's hash chain does not recompute, or some of its events are not chained.</summary>
    public const string ChainNotIntact = "JD001";
    /// <summary>The child's stream is not at the version its retention was judged at (or is gone).</summary>
    public const string StreamMoved = "JD002";
    public const string AlreadyDisposed = "JD003";
    /// <summary>Raised by journey.chain_event when a new journey would start under a disposed child's id.</summary>
    public const string RecordDisposed = "JD004";

    /// <summary>The first key of the advisory lock that serialises disposals, so each row runs from the one before.</summary>
    public const int LockClass = 0x4A44; // "JD"

    public static Function For(IReadOnlyList<string> childTables)
    {
        var deletes = string.Join("\n  ", childTables.Select(t => $"DELETE FROM {t} WHERE child_id = p_child;"));
        return JourneyFunction.ForSql($$"""
            CREATE OR REPLACE FUNCTION {{Name}}(p_child text, p_expected_version bigint, p_authorised_by text, p_disposed_by text,
                p_reason text, p_rule text)
            RETURNS {{DisposalSchema.Table.QualifiedName}} LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
            DECLARE
              v_version bigint;
              v_expected bigint := 1;
              v_prev text := '{{EventHashSchema.Genesis}}';
              v_link record;
              v_digest text;
              v_last {{DisposalSchema.Table.QualifiedName}};
              v_row {{DisposalSchema.Table.QualifiedName}};
            BEGIN
              -- A rebuild holds mt_events in EXCLUSIVE mode while it replays: wait for it before touching any table it empties.
              LOCK TABLE {{JourneyStore.Schema}}.mt_events IN ROW EXCLUSIVE MODE;
              -- The child's chain lock, as chaining takes it, then the disposals' own: one disposal at a time.
              PERFORM pg_advisory_xact_lock({{EventHashSchema.LockClass}}, hashtext(p_child));
              PERFORM pg_advisory_xact_lock({{LockClass}}, 0);
              IF EXISTS (SELECT 1 FROM {{DisposalSchema.Table.QualifiedName}} WHERE child_id = p_child) THEN
                RAISE EXCEPTION 'dispose_child: % was disposed of already', p_child USING ERRCODE = '{{AlreadyDisposed}}';
              END IF;
              SELECT s.version INTO v_version FROM {{JourneyStore.Schema}}.mt_streams s WHERE s.id = p_child FOR UPDATE;
              IF v_version IS NULL OR v_version <> p_expected_version THEN
                RAISE EXCEPTION 'dispose_child: % is at version %, not %', p_child, v_version, p_expected_version USING ERRCODE = '{{StreamMoved}}';
              END IF;

              -- Every version from 1 holds its event and its link, and every link recomputes: what is disposed of is what was chained.
              FOR v_link IN
                SELECT coalesce(e.version, h.version) AS version, e.id AS event_id, e.canonical,
                       h.event_id AS link_event_id, h.event_sha256, h.prev_hash, h.hash
                  FROM (SELECT x.version, x.id,
                               {{EventHashSchema.CanonicalFunction}}(x.stream_id, x.version, x.type, x.data, x.timestamp, x.user_name,
                                                                 x.correlation_id, x.causation_id, x.headers) AS canonical
                          FROM {{JourneyStore.Schema}}.mt_events x WHERE x.stream_id = p_child) e
                  FULL JOIN (SELECT * FROM {{EventHashSchema.HashesTable.QualifiedName}} y WHERE y.stream_id = p_child) h ON h.version = e.version
                 ORDER BY 1
              LOOP
                v_digest := encode(sha256(convert_to(coalesce(v_link.canonical, ''), 'UTF8')), 'hex');
                IF v_link.version <> v_expected OR v_link.event_id IS NULL OR v_link.link_event_id IS DISTINCT FROM v_link.event_id
                   OR v_link.event_sha256 IS DISTINCT FROM v_digest OR v_link.prev_hash IS DISTINCT FROM v_prev
                   OR v_link.hash IS DISTINCT FROM encode(sha256(convert_to(v_prev || v_digest, 'UTF8')), 'hex') THEN
                  RAISE EXCEPTION 'dispose_child: the hash chain of % does not verify at version %', p_child, v_expected
                    USING ERRCODE = '{{ChainNotIntact}}';
                END IF;
                v_prev := v_link.hash;
                v_expected := v_expected + 1;
              END LOOP;
              IF v_expected - 1 <> v_version OR v_version = 0 THEN
                RAISE EXCEPTION 'dispose_child: % holds % chained events but its stream is at version %', p_child, v_expected - 1, v_version
                  USING ERRCODE = '{{ChainNotIntact}}';
              END IF;

              SELECT * INTO v_last FROM {{DisposalSchema.Table.QualifiedName}} ORDER BY seq DESC LIMIT 1;
              v_row.seq := coalesce(v_last.seq, 0) + 1;
              v_row.child_id := p_child;
              v_row.disposed_at := now();
              v_row.authorised_by := p_authorised_by;
              v_row.disposed_by := p_disposed_by;
              v_row.reason := p_reason;
              v_row.rule_applied := p_rule;
              v_row.events := v_version;
              v_row.last_version := v_version;
              v_row.head_hash := v_prev;
              v_row.prev_hash := coalesce(v_last.hash, '{{EventHashSchema.Genesis}}');
              v_row.hash := encode(sha256(convert_to(v_row.prev_hash || encode(sha256(convert_to(
                  {{DisposalSchema.CanonicalFunction}}(v_row.seq, v_row.child_id, v_row.disposed_at, v_row.authorised_by, v_row.disposed_by,
                      v_row.reason, v_row.rule_applied, v_row.events, v_row.last_version, v_row.head_hash), 'UTF8')), 'hex'), 'UTF8')), 'hex');
              INSERT INTO {{DisposalSchema.Table.QualifiedName}} SELECT v_row.*;

              -- Every row about the child: the projections' and the import ledger's, then the links, the events and the stream.
              {{deletes}}
              -- Wolverine's stored answers to retried writes name the child (Idempotency-Key); one would answer "recorded" after the disposal.
              IF to_regclass('{{JourneyStore.Schema}}.wolverine_deduplicated_responses') IS NOT NULL THEN
                EXECUTE 'DELETE FROM {{JourneyStore.Schema}}.wolverine_deduplicated_responses WHERE strpos(body, $1) > 0' USING to_jsonb(p_child)::text;
              END IF;
              DELETE FROM {{EventHashSchema.HashesTable.QualifiedName}} WHERE stream_id = p_child;
              DELETE FROM {{JourneyStore.Schema}}.mt_events WHERE stream_id = p_child;
              DELETE FROM {{JourneyStore.Schema}}.mt_streams WHERE id = p_child;
              RETURN v_row;
            END
            $fn$;
            """);
    }
}
