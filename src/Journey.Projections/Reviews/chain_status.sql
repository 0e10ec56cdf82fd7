CREATE OR REPLACE FUNCTION {schema}.chain_status(due_date date, held_at timestamptz, as_at timestamptz, no_due text)
RETURNS text LANGUAGE sql STABLE AS $fn$
  SELECT CASE WHEN due_date IS NULL THEN no_due
              WHEN held_at IS NULL THEN
                CASE WHEN (as_at AT TIME ZONE 'Europe/London')::date <= due_date THEN 'open-in-time' ELSE 'open-overdue' END
              WHEN (held_at AT TIME ZONE 'Europe/London')::date <= due_date THEN 'met' ELSE 'late' END
$fn$;
