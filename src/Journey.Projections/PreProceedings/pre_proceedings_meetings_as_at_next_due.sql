CREATE OR REPLACE FUNCTION {schema}.pre_proceedings_meetings_as_at_next_due(as_at timestamptz, as_recorded boolean)
RETURNS TABLE (child_id text, pre_proceedings_number integer, meeting integer, due_date date, held_at timestamptz, status text, due_from date, rule_id text)
LANGUAGE sql STABLE AS $fn$
  WITH episode AS (
    SELECT e.child_id, e.number, e.started_at,
           CASE WHEN e.ended_at <= as_at AND (NOT as_recorded OR e.ended_recorded_at <= as_at) THEN e.ended_at END AS ended_at
    FROM (SELECT child_id, pre_proceedings_number AS number, entered_at AS started_at, concluded_at AS ended_at, started_recorded_at, ended_recorded_at FROM {schema}.pre_proceedings) e
    WHERE e.started_at <= as_at AND (NOT as_recorded OR e.started_recorded_at <= as_at)
  ), held AS (
    SELECT r.child_id, r.number, r.held_at
    FROM (SELECT child_id, pre_proceedings_number AS number, held_at, recorded_at FROM {schema}.pre_proceedings_meetings) r
    WHERE r.held_at <= as_at AND (NOT as_recorded OR r.recorded_at <= as_at)
  ), next AS (
    SELECT p.child_id, p.number, count(h.held_at) + 1 AS ordinal, max(h.held_at) AS previous, p.started_at
    FROM episode p LEFT JOIN held h ON h.child_id = p.child_id AND h.number = p.number
    WHERE p.ended_at IS NULL
    GROUP BY p.child_id, p.number, p.started_at
  )
  SELECT p.child_id, p.number, p.ordinal::integer, d.due_date, NULL::timestamptz, {schema}.chain_status(d.due_date, NULL, as_at, 'no-rule'),
         f.due_from, d.rule_id
  FROM next p
  CROSS JOIN LATERAL (SELECT (coalesce(p.previous, p.started_at) AT TIME ZONE 'Europe/London')::date AS due_from) f
  LEFT JOIN LATERAL {schema}.due_by_rule('pre-proceedings-review', f.due_from, f.due_from) d ON true
$fn$;
