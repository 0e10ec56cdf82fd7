SELECT m.child_id, m.measure, m.episode, m.unit, m.target, m.rule_id, m.start_at, m.start_date, m.due_date, m.due_at,
       m.actual_at, m.actual_date, m.elapsed, {schema}.elapsed_unit(m.unit) AS elapsed_unit, m.status
FROM {schema}.measures_as_at(now()) m
