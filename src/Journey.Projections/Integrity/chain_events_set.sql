CREATE OR REPLACE FUNCTION {schema}.chain_events_set(p_streams text[], p_versions bigint[], p_by text[])
RETURNS integer LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $fn$
DECLARE
  v_genesis constant text := '0000000000000000000000000000000000000000000000000000000000000000';
  v_count integer := 0;
  v_xid text;
  v_fail_i bigint;
  v_fail_s text;
  v_fail_v bigint;
  v_fail_missing boolean;
  v_streams text[] := '{}';
  v_versions bigint[] := '{}';
  v_seq bigint[] := '{}';
  v_ids uuid[] := '{}';
  v_data text[] := '{}';
  v_digests text[] := '{}';
  v_prevs text[] := '{}';
  v_hashes text[] := '{}';
  v_origins text[] := '{}';
  v_sealed_by text[] := '{}';
BEGIN
  IF coalesce(array_length(p_streams, 1), 0) = 0 THEN
    RETURN 0;
  END IF;
  -- A child named with versions not rising (never from Marten, whose batches and pages run in version order)
  -- is chained as the one-event function chains, one after another.
  IF EXISTS (SELECT 1 FROM (SELECT b.v, lag(b.v) OVER (PARTITION BY b.s ORDER BY b.i) AS before
                              FROM unnest(p_streams, p_versions) WITH ORDINALITY AS b(s, v, i)) x
              WHERE x.before >= x.v) THEN
    FOR i IN 1 .. array_length(p_streams, 1) LOOP
      v_count := v_count + {schema}.chain_event(p_streams[i], p_versions[i], p_by[i]);
    END LOOP;
    RETURN v_count;
  END IF;

  -- Every child of the batch locked before its links are read, in one order so two batches never wait on each other.
  PERFORM pg_advisory_xact_lock(19016, hashtext(c.s)) FROM (SELECT DISTINCT s FROM unnest(p_streams) s ORDER BY s) c;
  v_xid := (txid_current() % 4294967296)::text;

  -- What chain_event does for each (child, version) in turn, for the whole batch at once: a version at or below the
  -- child's highest link is left alone; a child with no link yet has versions 1 to v-1 sealed before its first
  -- version v. The rows to link are read in one statement, in child and version order, with each one's digests and
  -- the link it follows if it is its child's first; then each link is made from the one before it.
  -- Every read of event_hashes and mt_events is by one child's key, so the plan the function keeps (one a session,
  -- forced generic: planning it cost more than running it) suits a batch of any size (decision 174).
  WITH batch AS (
    SELECT b.s, b.v, b.recorder, b.i FROM unnest(p_streams, p_versions, p_by) WITH ORDINALITY AS b(s, v, recorder, i)
  ), top AS (
    SELECT c.s, t.version, t.hash
      FROM (SELECT DISTINCT b.s FROM batch b) c
      LEFT JOIN LATERAL (SELECT h.version, h.hash FROM {schema}.event_hashes h
                          WHERE h.stream_id = c.s ORDER BY h.version DESC LIMIT 1) t ON true
  ), listed AS (
    SELECT b.s, b.v, b.recorder, b.i, t.version AS top_version, t.hash AS top_hash,
           row_number() OVER (PARTITION BY b.s ORDER BY b.i) AS nth
      FROM batch b JOIN top t ON t.s = b.s
     WHERE t.version IS NULL OR b.v > t.version
  ), wanted AS (
    -- Each version named, read by its key; one not stored stays, with no row, to be refused.
    SELECT l.s, l.v, l.recorder, l.i, l.top_hash, true AS is_listed, e.stream_id, e.version, e.seq_id, e.id, e.type, e.data,
           e.timestamp, e.user_name, e.correlation_id, e.causation_id, e.headers, e.xmin::text AS xmin_text
      FROM listed l LEFT JOIN LATERAL (SELECT x.*, x.xmin FROM {schema}.mt_events x
                                        WHERE x.stream_id = l.s AND x.version = l.v) e ON true
    UNION ALL
    -- A child with no link yet: the versions before its first named, read as one range of its key.
    SELECT l.s, e.version, l.recorder, l.i, l.top_hash, false, e.stream_id, e.version, e.seq_id, e.id, e.type, e.data,
           e.timestamp, e.user_name, e.correlation_id, e.causation_id, e.headers, e.xmin::text
      FROM listed l JOIN LATERAL (SELECT x.*, x.xmin FROM {schema}.mt_events x
                                   WHERE x.stream_id = l.s AND x.version BETWEEN 1 AND l.v - 1) e ON true
     WHERE l.nth = 1 AND l.top_version IS NULL AND l.v > 1
  ), found AS (
    SELECT w.s, w.v, w.recorder, w.i, w.top_hash, w.seq_id, w.id,
           encode(sha256(convert_to(w.data::text, 'UTF8')), 'hex') AS data_sha256,
           encode(sha256(convert_to({schema}.event_canonical(w.stream_id, w.version, w.type, w.data, w.timestamp, w.user_name,
                                 w.correlation_id, w.causation_id, w.headers), 'UTF8')), 'hex') AS digest,
           -- xmin is the 32-bit id of the transaction that inserted the row.
           CASE WHEN w.xmin_text = v_xid THEN 'appended' ELSE 'sealed' END AS origin,
           (w.is_listed AND w.v = 1 AND EXISTS (SELECT 1 FROM {schema}.disposals d WHERE d.child_id = w.s)) AS disposed,
           -- A child's first row starts from its highest link, or the genesis.
           CASE WHEN lag(w.s) OVER (ORDER BY w.s, w.v) IS DISTINCT FROM w.s THEN coalesce(w.top_hash, v_genesis) END AS starts_from
      FROM wanted w
  )
  SELECT array_agg(f.s ORDER BY f.s, f.v), array_agg(f.v ORDER BY f.s, f.v), array_agg(f.seq_id ORDER BY f.s, f.v),
         array_agg(f.id ORDER BY f.s, f.v), array_agg(f.data_sha256 ORDER BY f.s, f.v), array_agg(f.digest ORDER BY f.s, f.v),
         array_agg(f.starts_from ORDER BY f.s, f.v), array_agg(f.origin ORDER BY f.s, f.v),
         array_agg(CASE WHEN f.origin = 'sealed' THEN f.recorder END ORDER BY f.s, f.v),
         -- The first failure in the batch's order is the one chain_event, called in that order, would have raised.
         (array_agg(f.i ORDER BY f.i) FILTER (WHERE f.id IS NULL OR f.disposed))[1],
         (array_agg(f.s ORDER BY f.i) FILTER (WHERE f.id IS NULL OR f.disposed))[1],
         (array_agg(f.v ORDER BY f.i) FILTER (WHERE f.id IS NULL OR f.disposed))[1],
         (array_agg(f.id IS NULL ORDER BY f.i) FILTER (WHERE f.id IS NULL OR f.disposed))[1]
    INTO v_streams, v_versions, v_seq, v_ids, v_data, v_digests, v_prevs, v_origins, v_sealed_by,
         v_fail_i, v_fail_s, v_fail_v, v_fail_missing
    FROM found f;

  IF v_fail_missing THEN
    RAISE EXCEPTION 'chain_event: event % of % is not stored', v_fail_v, v_fail_s;
  ELSIF NOT v_fail_missing THEN
    RAISE EXCEPTION 'chain_event: the record of % was disposed of; a new journey cannot start under its id', v_fail_s
      USING ERRCODE = 'JD004';
  END IF;

  -- hash(n) = SHA-256(hash(n-1) || digest(n)), each child's chain from where its first row starts.
  FOR n IN 1 .. coalesce(array_length(v_streams, 1), 0) LOOP
    IF v_prevs[n] IS NULL THEN
      v_prevs[n] := v_hashes[n - 1];
    END IF;
    v_hashes[n] := encode(sha256(convert_to(v_prevs[n] || v_digests[n], 'UTF8')), 'hex');
  END LOOP;

  INSERT INTO {schema}.event_hashes
    (stream_id, version, seq_id, event_id, data_sha256, event_sha256, prev_hash, hash, origin, chained_at, sealed_by)
  SELECT r.s, r.v, r.seq, r.id, r.data, r.digest, r.prev, r.hash, r.origin, now(), r.sealed_by
    FROM unnest(v_streams, v_versions, v_seq, v_ids, v_data, v_digests, v_prevs, v_hashes, v_origins, v_sealed_by)
         AS r(s, v, seq, id, data, digest, prev, hash, origin, sealed_by);
  GET DIAGNOSTICS v_count = ROW_COUNT;
  RETURN v_count;
END
$fn$;
