CREATE OR REPLACE FUNCTION {schema}.measure_rows_for_month(as_at timestamptz, as_recorded boolean, month_start date, month_end date)
RETURNS TABLE (child_id text, measure text, episode integer, unit text, target integer, rule_id text, start_at timestamptz, start_date date, due_date date, due_at timestamptz, actual_at timestamptz, actual_date date, elapsed numeric, status text, start_recorded_at timestamptz, actual_recorded_at timestamptz)
LANGUAGE sql STABLE AS $fn$
  WITH clock AS (
    SELECT c.*,
           CASE WHEN c.actual_at <= as_at AND (NOT as_recorded OR c.actual_recorded_at <= as_at) THEN c.actual_at END AS seen_actual_at,
           CASE WHEN c.actual_at <= as_at AND (NOT as_recorded OR c.actual_recorded_at <= as_at) THEN c.actual_date END AS seen_actual_date,
           (as_at AT TIME ZONE 'Europe/London')::date AS as_at_date
    FROM {schema}.measure_clocks c
    WHERE c.start_at <= as_at AND (c.not_due_from IS NULL OR c.not_due_from > as_at)
      AND (NOT as_recorded OR c.start_recorded_at <= as_at)
      AND (month_start IS NULL
           OR c.actual_at IS NULL OR c.actual_at >= (month_start::timestamp AT TIME ZONE 'Europe/London')
           OR c.actual_recorded_at >= (month_start::timestamp AT TIME ZONE 'Europe/London')
           OR c.due_date BETWEEN month_start AND month_end)
  )
  SELECT k.child_id, k.measure, k.episode, k.unit, k.target, k.rule_id,
         k.start_at, k.start_date, k.due_date, k.due_at, k.seen_actual_at, k.seen_actual_date,
         CASE WHEN k.unit = 'hours'
              THEN round((extract(epoch FROM coalesce(k.seen_actual_at, as_at) - k.start_at) / 3600)::numeric, 2)
              WHEN k.unit IN ('months', 'weeks', 'days')
              THEN (coalesce(k.seen_actual_date, k.as_at_date) - k.start_date)::numeric
              ELSE (SELECT e.working_day_index FROM {schema}.calendar_days e WHERE e.day = coalesce(k.seen_actual_date, k.as_at_date))
                 - (SELECT s.working_day_index FROM {schema}.calendar_days s WHERE s.day = k.start_date)
         END,
         CASE
           WHEN k.unit = 'hours' AND k.seen_actual_at IS NOT NULL THEN CASE WHEN k.seen_actual_at <= k.due_at THEN 'met' ELSE 'late' END
           WHEN k.unit = 'hours' THEN CASE WHEN as_at <= k.due_at THEN 'open-in-time' ELSE 'open-overdue' END
           WHEN k.seen_actual_date IS NOT NULL THEN CASE WHEN k.seen_actual_date <= k.due_date THEN 'met' ELSE 'late' END
           ELSE CASE WHEN k.as_at_date <= k.due_date THEN 'open-in-time' ELSE 'open-overdue' END
         END,
         k.start_recorded_at, k.actual_recorded_at
  FROM clock k
$fn$;
