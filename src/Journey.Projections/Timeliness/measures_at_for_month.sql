CREATE OR REPLACE FUNCTION {schema}.measures_at_for_month(as_at timestamptz, as_recorded boolean, month_start date, month_end date)
RETURNS TABLE (child_id text, measure text, episode integer, unit text, target integer, rule_id text, start_at timestamptz, start_date date, due_date date, due_at timestamptz, actual_at timestamptz, actual_date date, elapsed numeric, status text, start_recorded_at timestamptz, actual_recorded_at timestamptz)
LANGUAGE plpgsql STABLE AS $fn$
BEGIN
  RETURN QUERY EXECUTE 'SELECT * FROM {schema}.measure_rows_for_month($1, $2, $3, $4)' USING as_at, as_recorded, month_start, month_end;
END
$fn$;
