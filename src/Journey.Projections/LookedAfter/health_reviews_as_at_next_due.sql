CREATE OR REPLACE FUNCTION {schema}.health_reviews_as_at_next_due(as_at timestamptz, as_recorded boolean)
RETURNS TABLE (child_id text, care_episode_number integer, review integer, due_date date, held_at timestamptz, status text, due_from date, rule_id text)
LANGUAGE sql STABLE AS $fn$
  WITH episode AS (
    SELECT e.child_id, e.number, e.started_at,
           CASE WHEN e.ended_at <= as_at AND (NOT as_recorded OR e.ended_recorded_at <= as_at) THEN e.ended_at END AS ended_at, e.date_of_birth
    FROM (SELECT e.child_id, e.care_episode_number AS number, i.held_at AS started_at, e.left_at AS ended_at,
                 CASE WHEN i.recorded_at > e.started_recorded_at THEN i.recorded_at ELSE e.started_recorded_at END AS started_recorded_at, e.ended_recorded_at, c.date_of_birth
          FROM {schema}.care_episodes e
          JOIN (SELECT child_id, care_episode_number, min(held_at) AS held_at, min(recorded_at) AS recorded_at FROM {schema}.initial_health_assessments
          WHERE (NOT as_recorded OR recorded_at <= as_at) GROUP BY child_id, care_episode_number) i ON i.child_id = e.child_id AND i.care_episode_number = e.care_episode_number
          LEFT JOIN {schema}.children_as_recorded(CASE WHEN as_recorded THEN as_at ELSE 'infinity' END) c ON c.child_id = e.child_id) e
    WHERE e.started_at <= as_at AND (NOT as_recorded OR e.started_recorded_at <= as_at)
  ), held AS (
    SELECT r.child_id, r.number, r.held_at
    FROM (SELECT r.child_id, r.care_episode_number AS number, r.held_at, r.recorded_at
          FROM {schema}.review_health_assessments r
          JOIN (SELECT child_id, care_episode_number, min(held_at) AS held_at, min(recorded_at) AS recorded_at FROM {schema}.initial_health_assessments
          WHERE (NOT as_recorded OR recorded_at <= as_at) GROUP BY child_id, care_episode_number) i ON i.child_id = r.child_id AND i.care_episode_number = r.care_episode_number
          WHERE r.held_at >= i.held_at) r
    WHERE r.held_at <= as_at AND (NOT as_recorded OR r.recorded_at <= as_at)
  ), next AS (
    SELECT p.child_id, p.number, count(h.held_at) + 1 AS ordinal, max(h.held_at) AS previous, p.started_at, p.date_of_birth
    FROM episode p LEFT JOIN held h ON h.child_id = p.child_id AND h.number = p.number
    WHERE p.ended_at IS NULL
    GROUP BY p.child_id, p.number, p.started_at, p.date_of_birth
  )
  SELECT p.child_id, p.number, p.ordinal::integer, d.due_date, NULL::timestamptz, {schema}.chain_status(d.due_date, NULL, as_at, CASE WHEN p.date_of_birth IS NULL THEN 'no-date-of-birth' ELSE 'no-rule' END),
         f.due_from, d.rule_id
  FROM next p
  CROSS JOIN LATERAL (SELECT (coalesce(p.previous, p.started_at) AT TIME ZONE 'Europe/London')::date AS due_from) f
  LEFT JOIN LATERAL {schema}.rule_in_force('health-review-age-band', f.due_from) a ON true
  LEFT JOIN LATERAL {schema}.due_by_rule(CASE WHEN p.date_of_birth IS NULL OR a.target IS NULL THEN NULL
                                                  WHEN f.due_from < {schema}.date_at_age(p.date_of_birth, a.target) THEN 'health-review-under-5'
                                                  ELSE 'health-review-5-and-over' END, f.due_from, f.due_from) d ON true
$fn$;
