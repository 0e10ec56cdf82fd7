CREATE OR REPLACE FUNCTION {schema}.permanence_plans_as_at(as_at timestamptz, as_recorded boolean)
RETURNS TABLE (child_id text, care_episode_number integer, entered_at timestamptz, second_review_at timestamptz,
               plan_made_at timestamptz, plan_kind text, unratified_plan_at timestamptz, status text)
LANGUAGE sql STABLE AS $fn$
  WITH episode AS (
    SELECT c.child_id, c.care_episode_number, c.entered_at, c.left_at <= as_at AND (NOT as_recorded OR c.ended_recorded_at <= as_at) AS ended
    FROM {schema}.care_entries c WHERE c.entered_at <= as_at AND (NOT as_recorded OR c.started_recorded_at <= as_at)
  ), review AS (
    SELECT r.child_id, r.care_episode_number, r.held_at,
           row_number() OVER (PARTITION BY r.child_id, r.care_episode_number ORDER BY r.held_at) AS n
    FROM {schema}.looked_after_reviews r WHERE r.held_at <= as_at AND (NOT as_recorded OR r.recorded_at <= as_at)
  ), plan AS (
    SELECT DISTINCT ON (p.child_id, p.care_episode_number) p.child_id, p.care_episode_number, p.made_at, p.kind
    FROM {schema}.permanence_plans p WHERE p.ratified AND p.made_at <= as_at AND (NOT as_recorded OR p.recorded_at <= as_at)
    ORDER BY p.child_id, p.care_episode_number, p.made_at
  ), unratified AS (
    SELECT p.child_id, p.care_episode_number, min(p.made_at) AS made_at
    FROM {schema}.permanence_plans p WHERE NOT p.ratified AND p.made_at <= as_at AND (NOT as_recorded OR p.recorded_at <= as_at)
    GROUP BY p.child_id, p.care_episode_number
  )
  SELECT e.child_id, e.care_episode_number, e.entered_at, r.held_at, p.made_at, p.kind, u.made_at,
         CASE WHEN p.made_at IS NOT NULL AND (r.held_at IS NULL
                   OR (p.made_at AT TIME ZONE 'Europe/London')::date <= (r.held_at AT TIME ZONE 'Europe/London')::date) THEN 'met'
              WHEN p.made_at IS NOT NULL THEN 'late'
              WHEN r.held_at IS NULL THEN 'open-in-time'
              ELSE 'open-overdue' END
  FROM episode e
  LEFT JOIN review r ON r.child_id = e.child_id AND r.care_episode_number = e.care_episode_number AND r.n = 2
  LEFT JOIN plan p ON p.child_id = e.child_id AND p.care_episode_number = e.care_episode_number
  LEFT JOIN unratified u ON u.child_id = e.child_id AND u.care_episode_number = e.care_episode_number
  WHERE p.made_at IS NOT NULL OR e.ended IS NOT TRUE
$fn$;
CREATE OR REPLACE FUNCTION {schema}.permanence_plans_as_at(as_at timestamptz)
RETURNS TABLE (child_id text, care_episode_number integer, entered_at timestamptz, second_review_at timestamptz,
               plan_made_at timestamptz, plan_kind text, unratified_plan_at timestamptz, status text)
LANGUAGE sql STABLE AS $fn$
  SELECT * FROM {schema}.permanence_plans_as_at(as_at, false)
$fn$;
