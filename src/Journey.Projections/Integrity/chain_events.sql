CREATE OR REPLACE FUNCTION {schema}.chain_events(p_streams text[], p_versions bigint[], p_by text[])
RETURNS integer LANGUAGE plpgsql AS $fn$
DECLARE
  -- From this many events a batch is chained in sets; below it, one chain_event each costs less (decision 175).
  v_in_sets_from constant integer := 4;
  v_count integer := 0;
BEGIN
  IF coalesce(array_length(p_streams, 1), 0) >= v_in_sets_from THEN
    RETURN {schema}.chain_events_set(p_streams, p_versions, p_by);
  END IF;
  FOR i IN 1 .. coalesce(array_length(p_streams, 1), 0) LOOP
    v_count := v_count + {schema}.chain_event(p_streams[i], p_versions[i], p_by[i]);
  END LOOP;
  RETURN v_count;
END
$fn$;
