CREATE OR REPLACE FUNCTION {schema}.measures_at(as_at timestamptz, as_recorded boolean)
RETURNS TABLE (child_id text, measure text, episode integer, unit text, target integer, rule_id text, start_at timestamptz, start_date date, due_date date, due_at timestamptz, actual_at timestamptz, actual_date date, elapsed numeric, status text, start_recorded_at timestamptz, actual_recorded_at timestamptz)
LANGUAGE sql STABLE AS $fn$
  SELECT * FROM {schema}.measure_rows_for_month(as_at, as_recorded, NULL, NULL)
$fn$;
