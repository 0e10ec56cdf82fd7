CREATE OR REPLACE FUNCTION {schema}.protection_plans_as_at(as_at timestamptz, as_recorded boolean)
RETURNS TABLE (child_id text, plan_number integer, started_at timestamptz, category text, ended_at timestamptz,
               duration_days integer, lasted_two_years boolean, ended_within_three_months boolean,
               repeat_plan boolean, repeat_within_two_years boolean)
LANGUAGE sql STABLE AS $fn$
  WITH plan AS (
    SELECT p.child_id, p.plan_number, p.started_at, p.category,
           CASE WHEN p.ended_at <= as_at AND (NOT as_recorded OR p.ended_recorded_at <= as_at) THEN p.ended_at END AS ended_at
    FROM {schema}.protection_plans p WHERE p.started_at <= as_at AND (NOT as_recorded OR p.started_recorded_at <= as_at)
  )
  SELECT p.child_id, p.plan_number, p.started_at, p.category, p.ended_at,
         ((coalesce(p.ended_at, as_at) AT TIME ZONE 'Europe/London')::date - (p.started_at AT TIME ZONE 'Europe/London')::date),
         ((coalesce(p.ended_at, as_at)) AT TIME ZONE 'Europe/London')::date >= (((p.started_at) AT TIME ZONE 'Europe/London')::date + make_interval(months => (SELECT t.target FROM {schema}.rule_in_force('plan-long', (p.started_at AT TIME ZONE 'Europe/London')::date) t)))::date,
         p.ended_at IS NOT NULL AND ((p.ended_at) AT TIME ZONE 'Europe/London')::date <= (((p.started_at) AT TIME ZONE 'Europe/London')::date + make_interval(months => (SELECT t.target FROM {schema}.rule_in_force('plan-short', (p.started_at AT TIME ZONE 'Europe/London')::date) t)))::date,
         EXISTS (SELECT 1 FROM plan e WHERE e.child_id = p.child_id AND e.started_at < p.started_at),
         EXISTS (SELECT 1 FROM plan e WHERE e.child_id = p.child_id AND e.started_at < p.started_at AND e.ended_at IS NOT NULL
                   AND ((p.started_at) AT TIME ZONE 'Europe/London')::date <= (((e.ended_at) AT TIME ZONE 'Europe/London')::date + make_interval(months => (SELECT t.target FROM {schema}.rule_in_force('repeat-plan', (p.started_at AT TIME ZONE 'Europe/London')::date) t)))::date)
  FROM plan p
$fn$;
CREATE OR REPLACE FUNCTION {schema}.protection_plans_as_at(as_at timestamptz)
RETURNS TABLE (child_id text, plan_number integer, started_at timestamptz, category text, ended_at timestamptz,
               duration_days integer, lasted_two_years boolean, ended_within_three_months boolean,
               repeat_plan boolean, repeat_within_two_years boolean)
LANGUAGE sql STABLE AS $fn$
  SELECT * FROM {schema}.protection_plans_as_at(as_at, false)
$fn$;
