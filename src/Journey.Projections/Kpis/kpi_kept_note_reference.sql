CREATE OR REPLACE FUNCTION {schema}.kpi_kept_note_reference()
RETURNS void
LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
  now_fingerprint text := md5(concat_ws('|',
    (SELECT string_agg(c::text, ',' ORDER BY c.day) FROM {schema}.calendar_days c),
    (SELECT string_agg(r::text, ',' ORDER BY r::text) FROM {schema}.timescale_rules r),
    (SELECT string_agg(p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' || p.prosrc, ','
                       ORDER BY p.proname, pg_get_function_identity_arguments(p.oid))
     FROM pg_proc p WHERE p.pronamespace = '{schema}'::regnamespace)));
  changed boolean;
BEGIN
  INSERT INTO {schema}.kpi_kept_state AS s (id, horizon, fingerprint) VALUES (true, '0', now_fingerprint)
  ON CONFLICT (id) DO UPDATE SET fingerprint = excluded.fingerprint WHERE s.fingerprint IS DISTINCT FROM excluded.fingerprint
  RETURNING true INTO changed;
  IF changed THEN PERFORM {schema}.kpi_mark_from(NULL); END IF;
END
$fn$;
