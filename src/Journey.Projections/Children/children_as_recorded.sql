CREATE OR REPLACE FUNCTION {schema}.children_as_recorded(as_at timestamptz)
RETURNS TABLE (child_id text, date_of_birth date, expected_date_of_birth date, unborn boolean, gender text, ethnicity text,
               stated_at timestamptz, recorded_at timestamptz)
LANGUAGE sql STABLE AS $fn$
  SELECT DISTINCT ON (d.child_id) d.child_id, d.date_of_birth, d.expected_date_of_birth, d.date_of_birth IS NULL AS unborn, d.gender, d.ethnicity,
  d.stated_at, d.recorded_at
  FROM {schema}.child_details d
  WHERE d.recorded_at <= as_at
  ORDER BY d.child_id, d.version DESC
$fn$;
