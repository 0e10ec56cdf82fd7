CREATE OR REPLACE FUNCTION {schema}.seal_stream(p_stream text, p_by text)
RETURNS integer LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM pg_advisory_xact_lock(19016, hashtext(p_stream));
  IF EXISTS (SELECT 1 FROM {schema}.event_hashes WHERE stream_id = p_stream) THEN
    RETURN 0;
  END IF;
  RETURN {schema}.link_events(p_stream, 1, (SELECT max(version) FROM {schema}.mt_events WHERE stream_id = p_stream), p_by);
END
$fn$;
