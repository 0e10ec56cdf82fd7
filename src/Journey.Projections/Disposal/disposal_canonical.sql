CREATE OR REPLACE FUNCTION {schema}.disposal_canonical(seq bigint, child_id text, disposed_at timestamptz, authorised_by text,
    disposed_by text, reason text, rule_applied text, events bigint, last_version bigint, head_hash text)
RETURNS text LANGUAGE sql STABLE AS $fn$
  SELECT pg_catalog.jsonb_build_array('journey-disposal-v1'::text, seq, child_id,
           pg_catalog.to_char(disposed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
           authorised_by, disposed_by, reason, rule_applied, events, last_version, head_hash)::text
$fn$;
