CREATE OR REPLACE FUNCTION {schema}.recording_lag(from_date date, to_date date)
RETURNS TABLE (team text, step_type text, steps_recorded bigint, median_lag_hours numeric, p90_lag_hours numeric,
               late_steps bigint, late_percent numeric, rule_id text)
LANGUAGE sql STABLE AS $fn$
  WITH step AS (
    SELECT s.event_type,
           coalesce((SELECT a.team FROM {schema}.allocations a
                     WHERE a.child_id = s.child_id AND a.allocated_at <= s.recorded_at
                     ORDER BY a.allocated_at DESC, a.version DESC LIMIT 1), 'unallocated') AS team,
           extract(epoch FROM s.recorded_at - s.current_occurred_at) / 3600.0 AS lag_hours,
           CASE rule.unit
             WHEN 'working-days' THEN rd.working_day_index - od.working_day_index > rule.target
             WHEN 'hours' THEN s.recorded_at > s.current_occurred_at + make_interval(hours => rule.target)
             WHEN 'days' THEN rd.day > od.day + rule.target
             WHEN 'weeks' THEN rd.day > od.day + 7 * rule.target
             WHEN 'months' THEN rd.day > (od.day + make_interval(months => rule.target))::date
           END AS late,
           rule.rule_id
    FROM {schema}.recorded_steps s
    JOIN {schema}.calendar_days od ON od.day = (s.current_occurred_at AT TIME ZONE 'Europe/London')::date
    JOIN {schema}.calendar_days rd ON rd.day = (s.recorded_at AT TIME ZONE 'Europe/London')::date
    LEFT JOIN LATERAL {schema}.rule_in_force('recording', od.day) rule ON true
    WHERE s.changes_version IS NULL AND s.status <> 'withdrawn'
      AND rd.day BETWEEN from_date AND to_date
  )
  SELECT step.team, coalesce(step.event_type, 'all'), count(*),
         round((percentile_cont(0.5) WITHIN GROUP (ORDER BY step.lag_hours))::numeric, 2),
         round((percentile_cont(0.9) WITHIN GROUP (ORDER BY step.lag_hours))::numeric, 2),
         count(*) FILTER (WHERE step.late),
         round(100.0 * count(*) FILTER (WHERE step.late) / count(*), 1),
         string_agg(DISTINCT step.rule_id, ',' ORDER BY step.rule_id)
  FROM step
  GROUP BY GROUPING SETS ((step.team, step.event_type), (step.team))
  ORDER BY step.team, step.event_type NULLS FIRST
$fn$;
