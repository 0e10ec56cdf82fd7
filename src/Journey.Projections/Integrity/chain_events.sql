CREATE OR REPLACE FUNCTION {schema}.chain_events(p_streams text[], p_versions bigint[], p_by text[])
RETURNS integer LANGUAGE plpgsql AS $fn$
DECLARE
  v_count integer := 0;
BEGIN
  FOR i IN 1 .. coalesce(array_length(p_streams, 1), 0) LOOP
    v_count := v_count + {schema}.chain_event(p_streams[i], p_versions[i], p_by[i]);
  END LOOP;
  RETURN v_count;
END
$fn$;
