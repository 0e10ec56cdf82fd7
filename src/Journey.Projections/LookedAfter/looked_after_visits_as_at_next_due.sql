CREATE OR REPLACE FUNCTION {schema}.looked_after_visits_as_at_next_due(as_at timestamptz, as_recorded boolean)
RETURNS TABLE (child_id text, placement_number integer, visit integer, due_date date, held_at timestamptz, status text, due_from date, rule_id text)
LANGUAGE sql STABLE AS $fn$
  WITH episode AS (
    SELECT e.child_id, e.number, e.started_at,
           CASE WHEN e.ended_at <= as_at AND (NOT as_recorded OR e.ended_recorded_at <= as_at) THEN e.ended_at END AS ended_at, e.settled, e.settled_from
    FROM (SELECT child_id, placement_number AS number, started_at, ended_at, started_recorded_at, ended_recorded_at,
                 long_term AS settled, same_carer_since AS settled_from
          FROM {schema}.placements) e
    WHERE e.started_at <= as_at AND (NOT as_recorded OR e.started_recorded_at <= as_at)
  ), held AS (
    SELECT r.child_id, r.number, r.held_at
    FROM (SELECT v.child_id, p.placement_number AS number, v.held_at, v.recorded_at
          FROM {schema}.looked_after_visits v
          JOIN {schema}.placements p ON p.child_id = v.child_id AND p.care_episode_number = v.care_episode_number
                              AND p.started_at <= v.held_at
                              AND (p.ended_at IS NULL OR v.held_at < p.ended_at OR (NOT coalesce((NOT as_recorded OR p.ended_recorded_at <= as_at), false)))) r
    WHERE r.held_at <= as_at AND (NOT as_recorded OR r.recorded_at <= as_at)
  ), next AS (
    SELECT p.child_id, p.number, count(h.held_at) + 1 AS ordinal, max(h.held_at) AS previous, p.started_at, p.settled, p.settled_from
    FROM episode p LEFT JOIN held h ON h.child_id = p.child_id AND h.number = p.number
    WHERE p.ended_at IS NULL
    GROUP BY p.child_id, p.number, p.started_at, p.settled, p.settled_from
  )
  SELECT p.child_id, p.number, p.ordinal::integer, d.due_date, NULL::timestamptz, {schema}.chain_status(d.due_date, NULL, as_at, 'no-rule'),
         f.due_from, d.rule_id
  FROM next p
  CROSS JOIN LATERAL (SELECT (coalesce(p.previous, p.started_at) AT TIME ZONE 'Europe/London')::date AS due_from) f
  -- The measure apart (OFFSET 0 keeps it so): a sub-select among due_by_rule's arguments would keep it from being inlined.
  CROSS JOIN LATERAL (SELECT CASE WHEN p.ordinal = 1 THEN 'looked-after-visit-first'
                                   WHEN p.settled AND f.due_from >= (SELECT s.due_date FROM {schema}.due_by_rule('looked-after-visit-first-year',
                                          (p.settled_from AT TIME ZONE 'Europe/London')::date, f.due_from) s) THEN 'looked-after-visit-long-term'
                                   ELSE 'looked-after-visit' END AS measure OFFSET 0) m
  LEFT JOIN LATERAL {schema}.due_by_rule(m.measure, f.due_from, f.due_from) d ON true
$fn$;
