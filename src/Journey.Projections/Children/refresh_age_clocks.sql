CREATE OR REPLACE FUNCTION {schema}.refresh_age_clocks(child text, sequence bigint)
RETURNS void LANGUAGE plpgsql VOLATILE AS $fn$
#variable_conflict use_column
BEGIN
  -- plpgsql, not sql: it runs for many events, and plpgsql keeps its statements' plans for the
  -- session where a sql function plans both statements again on every call.
  DELETE FROM {schema}.measure_clocks
  WHERE child_id = child AND measure IN ('personal-adviser-allocated', 'leaving-care-needs-assessment');

  INSERT INTO {schema}.measure_clocks (child_id, measure, episode, unit, target, rule_id, start_at, start_date, due_date,
                                       actual_at, actual_date, stopped_by_version, start_recorded_at, actual_recorded_at, last_event_sequence)
  WITH born AS (
    SELECT c.child_id, c.date_of_birth,
           {schema}.birthday_by_rule(c.date_of_birth, 'leaving-care-age') AS from_birthday,
           (SELECT min(d.recorded_at) FROM {schema}.child_details d
            WHERE d.child_id = c.child_id AND d.date_of_birth = c.date_of_birth) AS born_recorded_at
    FROM {schema}.children c
    WHERE c.child_id = child AND c.date_of_birth IS NOT NULL
  ), period AS (
    SELECT e.care_episode_number AS number, e.occurred_at AS entered_at, e.recorded_at,
           (SELECT min(l.occurred_at) FROM {schema}.age_measure_steps l
            WHERE l.child_id = e.child_id AND l.step = 'left-care' AND l.care_episode_number = e.care_episode_number) AS left_at
    FROM {schema}.age_measure_steps e
    WHERE e.child_id = child AND e.step = 'entered-care'
  ), qualifying AS (
    SELECT b.child_id, b.date_of_birth, p.number, p.entered_at,
           greatest(b.from_birthday::timestamp AT TIME ZONE 'Europe/London', p.entered_at) AS start_at,
           greatest(b.born_recorded_at, p.recorded_at) AS start_recorded_at
    FROM born b JOIN period p
      ON p.left_at IS NULL OR (p.left_at AT TIME ZONE 'Europe/London')::date >= b.from_birthday
    WHERE b.from_birthday IS NOT NULL
    ORDER BY p.entered_at LIMIT 1
  ), clock AS (
    SELECT q.*, (q.start_at AT TIME ZONE 'Europe/London')::date AS start_date, m.measure, m.step
    FROM qualifying q
    CROSS JOIN (VALUES ('personal-adviser-allocated', 'personal-adviser'),
                       ('leaving-care-needs-assessment', 'needs-assessment')) m (measure, step)
  ), ruled AS (
    SELECT k.*, r.rule_id, r.unit, r.target,
           CASE k.measure
             WHEN 'personal-adviser-allocated' THEN {schema}.date_at_age(k.date_of_birth, r.target)
             ELSE (SELECT b.due_date FROM {schema}.due_by_rule('leaving-care-needs-assessment', k.start_date, k.start_date) b)
           END AS due_date
    FROM clock k
    CROSS JOIN LATERAL {schema}.rule_in_force(k.measure, k.start_date) r
  )
  SELECT x.child_id, x.measure, x.number, x.unit, x.target, x.rule_id, x.start_at, x.start_date, x.due_date,
         a.occurred_at, (a.occurred_at AT TIME ZONE 'Europe/London')::date, a.version, x.start_recorded_at, a.recorded_at, sequence
  FROM ruled x
  LEFT JOIN LATERAL (SELECT s.occurred_at, s.version, s.recorded_at FROM {schema}.age_measure_steps s
                     WHERE s.child_id = x.child_id AND s.step = x.step AND s.occurred_at >= x.entered_at
                     ORDER BY s.occurred_at, s.version LIMIT 1) a ON true;
END
$fn$;
