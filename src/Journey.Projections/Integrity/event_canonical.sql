CREATE OR REPLACE FUNCTION {schema}.event_canonical(stream_id text, version bigint, event_type text, data jsonb,
    recorded_at timestamptz, user_name text, correlation_id text, causation_id text, headers jsonb)
RETURNS text LANGUAGE sql STABLE AS $fn$
  SELECT jsonb_build_array('journey-event-v1'::text, stream_id, version, event_type, data,
           to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
           user_name, correlation_id, causation_id, headers)::text
$fn$;
