CREATE OR REPLACE FUNCTION {schema}.measures_as_at(as_at timestamptz)
RETURNS TABLE (child_id text, measure text, episode integer, unit text, target integer, rule_id text, start_at timestamptz, start_date date, due_date date, due_at timestamptz, actual_at timestamptz, actual_date date, elapsed numeric, status text)
LANGUAGE sql STABLE AS $fn$
  SELECT child_id, measure, episode, unit, target, rule_id, start_at, start_date, due_date, due_at, actual_at, actual_date, elapsed, status FROM {schema}.measures_at(as_at, false)
$fn$;
