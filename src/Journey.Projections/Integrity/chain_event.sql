CREATE OR REPLACE FUNCTION {schema}.chain_event(p_stream text, p_version bigint, p_by text)
RETURNS integer LANGUAGE plpgsql AS $fn$
DECLARE
  v_count integer := 0;
BEGIN
  PERFORM pg_advisory_xact_lock(19016, hashtext(p_stream));
  IF EXISTS (SELECT 1 FROM {schema}.event_hashes WHERE stream_id = p_stream AND version >= p_version) THEN
    RETURN 0;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM {schema}.mt_events WHERE stream_id = p_stream AND version = p_version) THEN
    RAISE EXCEPTION 'chain_event: event % of % is not stored', p_version, p_stream;
  END IF;
  -- A disposed child's id never starts a new journey, whichever path appends (decision 67).
  IF p_version = 1 AND EXISTS (SELECT 1 FROM {schema}.disposals WHERE child_id = p_stream) THEN
    RAISE EXCEPTION 'chain_event: the record of % was disposed of; a new journey cannot start under its id', p_stream
      USING ERRCODE = 'JD004';
  END IF;
  IF p_version > 1 AND NOT EXISTS (SELECT 1 FROM {schema}.event_hashes WHERE stream_id = p_stream) THEN
    v_count := {schema}.link_events(p_stream, 1, p_version - 1, p_by);
  END IF;
  RETURN v_count + {schema}.link_events(p_stream, p_version, p_version, p_by);
END
$fn$;
