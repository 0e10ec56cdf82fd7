CREATE OR REPLACE FUNCTION {schema}.dispose_child(p_child text, p_expected_version bigint, p_authorised_by text, p_disposed_by text,
    p_reason text, p_rule text)
RETURNS {schema}.disposals LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
  v_version bigint;
  v_expected bigint := 1;
  v_prev text := '0000000000000000000000000000000000000000000000000000000000000000';
  v_link record;
  v_digest text;
  v_last {schema}.disposals;
  v_row {schema}.disposals;
BEGIN
  -- A rebuild holds mt_events in EXCLUSIVE mode while it replays: wait for it before touching any table it empties.
  LOCK TABLE {schema}.mt_events IN ROW EXCLUSIVE MODE;
  -- The child's chain lock, as chaining takes it, then the disposals' own: one disposal at a time.
  PERFORM pg_advisory_xact_lock(19016, hashtext(p_child));
  PERFORM pg_advisory_xact_lock(19012, 0);
  IF EXISTS (SELECT 1 FROM {schema}.disposals WHERE child_id = p_child) THEN
    RAISE EXCEPTION 'dispose_child: % was disposed of already', p_child USING ERRCODE = 'JD003';
  END IF;
  SELECT s.version INTO v_version FROM {schema}.mt_streams s WHERE s.id = p_child FOR UPDATE;
  IF v_version IS NULL OR v_version <> p_expected_version THEN
    RAISE EXCEPTION 'dispose_child: % is at version %, not %', p_child, v_version, p_expected_version USING ERRCODE = 'JD002';
  END IF;

  -- Every version from 1 holds its event and its link, and every link recomputes: what is disposed of is what was chained.
  FOR v_link IN
    SELECT coalesce(e.version, h.version) AS version, e.id AS event_id, e.canonical,
           h.event_id AS link_event_id, h.event_sha256, h.prev_hash, h.hash
      FROM (SELECT x.version, x.id,
                   {schema}.event_canonical(x.stream_id, x.version, x.type, x.data, x.timestamp, x.user_name,
                                                     x.correlation_id, x.causation_id, x.headers) AS canonical
              FROM {schema}.mt_events x WHERE x.stream_id = p_child) e
      FULL JOIN (SELECT * FROM {schema}.event_hashes y WHERE y.stream_id = p_child) h ON h.version = e.version
     ORDER BY 1
  LOOP
    v_digest := encode(sha256(convert_to(coalesce(v_link.canonical, ''), 'UTF8')), 'hex');
    IF v_link.version <> v_expected OR v_link.event_id IS NULL OR v_link.link_event_id IS DISTINCT FROM v_link.event_id
       OR v_link.event_sha256 IS DISTINCT FROM v_digest OR v_link.prev_hash IS DISTINCT FROM v_prev
       OR v_link.hash IS DISTINCT FROM encode(sha256(convert_to(v_prev || v_digest, 'UTF8')), 'hex') THEN
      RAISE EXCEPTION 'dispose_child: the hash chain of % does not verify at version %', p_child, v_expected
        USING ERRCODE = 'JD001';
    END IF;
    v_prev := v_link.hash;
    v_expected := v_expected + 1;
  END LOOP;
  IF v_expected - 1 <> v_version OR v_version = 0 THEN
    RAISE EXCEPTION 'dispose_child: % holds % chained events but its stream is at version %', p_child, v_expected - 1, v_version
      USING ERRCODE = 'JD001';
  END IF;

  SELECT * INTO v_last FROM {schema}.disposals ORDER BY seq DESC LIMIT 1;
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
  v_row.prev_hash := coalesce(v_last.hash, '0000000000000000000000000000000000000000000000000000000000000000');
  v_row.hash := encode(sha256(convert_to(v_row.prev_hash || encode(sha256(convert_to(
      {schema}.disposal_canonical(v_row.seq, v_row.child_id, v_row.disposed_at, v_row.authorised_by, v_row.disposed_by,
          v_row.reason, v_row.rule_applied, v_row.events, v_row.last_version, v_row.head_hash), 'UTF8')), 'hex'), 'UTF8')), 'hex');
  INSERT INTO {schema}.disposals SELECT v_row.*;

  -- Every row about the child: the projections' and the import ledger's, then the links, the events and the stream.
  DELETE FROM {schema}.adviser_allocations WHERE child_id = p_child;
  DELETE FROM {schema}.adviser_contacts WHERE child_id = p_child;
  DELETE FROM {schema}.age_measure_steps WHERE child_id = p_child;
  DELETE FROM {schema}.allocations WHERE child_id = p_child;
  DELETE FROM {schema}.care_entries WHERE child_id = p_child;
  DELETE FROM {schema}.care_episodes WHERE child_id = p_child;
  DELETE FROM {schema}.care_leaver_contacts WHERE child_id = p_child;
  DELETE FROM {schema}.child_details WHERE child_id = p_child;
  DELETE FROM {schema}.child_in_need_plans WHERE child_id = p_child;
  DELETE FROM {schema}.child_in_need_visits WHERE child_id = p_child;
  DELETE FROM {schema}.family_members WHERE child_id = p_child;
  DELETE FROM {schema}.imported_lines WHERE child_id = p_child;
  DELETE FROM {schema}.initial_health_assessments WHERE child_id = p_child;
  DELETE FROM {schema}.looked_after_reviews WHERE child_id = p_child;
  DELETE FROM {schema}.looked_after_visits WHERE child_id = p_child;
  DELETE FROM {schema}.measure_clocks WHERE child_id = p_child;
  DELETE FROM {schema}.pathway_plans WHERE child_id = p_child;
  DELETE FROM {schema}.permanence_plans WHERE child_id = p_child;
  DELETE FROM {schema}.placements WHERE child_id = p_child;
  DELETE FROM {schema}.pre_proceedings WHERE child_id = p_child;
  DELETE FROM {schema}.pre_proceedings_letters WHERE child_id = p_child;
  DELETE FROM {schema}.pre_proceedings_meetings WHERE child_id = p_child;
  DELETE FROM {schema}.protection_plans WHERE child_id = p_child;
  DELETE FROM {schema}.protection_visits WHERE child_id = p_child;
  DELETE FROM {schema}.recorded_steps WHERE child_id = p_child;
  DELETE FROM {schema}.referrals WHERE child_id = p_child;
  DELETE FROM {schema}.review_conferences WHERE child_id = p_child;
  DELETE FROM {schema}.review_health_assessments WHERE child_id = p_child;
  DELETE FROM {schema}.strategy_discussions WHERE child_id = p_child;
  DELETE FROM {schema}.supervisions WHERE child_id = p_child;
  -- Wolverine's stored answers to retried writes name the child (Idempotency-Key); one would answer "recorded" after the disposal.
  IF to_regclass('{schema}.wolverine_deduplicated_responses') IS NOT NULL THEN
    EXECUTE 'DELETE FROM {schema}.wolverine_deduplicated_responses WHERE strpos(body, $1) > 0' USING to_jsonb(p_child)::text;
  END IF;
  DELETE FROM {schema}.event_hashes WHERE stream_id = p_child;
  DELETE FROM {schema}.mt_events WHERE stream_id = p_child;
  DELETE FROM {schema}.mt_streams WHERE id = p_child;
  RETURN v_row;
END
$fn$;
