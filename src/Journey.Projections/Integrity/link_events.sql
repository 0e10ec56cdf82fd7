CREATE OR REPLACE FUNCTION {schema}.link_events(p_stream text, p_from bigint, p_to bigint, p_sealed_by text)
RETURNS integer LANGUAGE plpgsql AS $fn$
DECLARE
  v_prev text;
  v_event record;
  v_digest text;
  v_hash text;
  v_origin text;
  v_count integer := 0;
BEGIN
  SELECT h.hash INTO v_prev FROM {schema}.event_hashes h
   WHERE h.stream_id = p_stream AND h.version < p_from ORDER BY h.version DESC LIMIT 1;
  v_prev := coalesce(v_prev, '0000000000000000000000000000000000000000000000000000000000000000');
  FOR v_event IN
    SELECT e.seq_id, e.id, e.version, e.data::text AS data_text, e.xmin::text AS xmin_text,
           {schema}.event_canonical(e.stream_id, e.version, e.type, e.data, e.timestamp, e.user_name,
                                 e.correlation_id, e.causation_id, e.headers) AS canonical
      FROM {schema}.mt_events e
     WHERE e.stream_id = p_stream AND e.version BETWEEN p_from AND p_to
     ORDER BY e.version
  LOOP
    v_digest := encode(sha256(convert_to(v_event.canonical, 'UTF8')), 'hex');
    v_hash := encode(sha256(convert_to(v_prev || v_digest, 'UTF8')), 'hex');
    -- xmin is the 32-bit id of the transaction that inserted the row.
    v_origin := CASE WHEN v_event.xmin_text = (txid_current() % 4294967296)::text THEN 'appended' ELSE 'sealed' END;
    INSERT INTO {schema}.event_hashes
      (stream_id, version, seq_id, event_id, data_sha256, event_sha256, prev_hash, hash, origin, chained_at, sealed_by)
    VALUES (p_stream, v_event.version, v_event.seq_id, v_event.id,
            encode(sha256(convert_to(v_event.data_text, 'UTF8')), 'hex'), v_digest, v_prev, v_hash, v_origin, now(),
            CASE WHEN v_origin = 'sealed' THEN p_sealed_by END);
    v_prev := v_hash;
    v_count := v_count + 1;
  END LOOP;
  RETURN v_count;
END
$fn$;
