CREATE OR REPLACE FUNCTION {schema}.due_by_rule(measure text, from_date date, rule_date date)
RETURNS TABLE (due_date date, rule_id text)
LANGUAGE sql STABLE AS $fn$
  SELECT CASE r.unit
           WHEN 'working-days' THEN
             (SELECT min(d.day) FROM {schema}.calendar_days d
              WHERE d.is_working_day AND d.working_day_index =
                    (SELECT s.working_day_index - CASE WHEN r.day_one AND s.is_working_day THEN 1 ELSE 0 END
                     FROM {schema}.calendar_days s WHERE s.day = from_date) + r.target)
           WHEN 'weeks' THEN from_date - r.day_one::integer + 7 * r.target
           WHEN 'days' THEN from_date - r.day_one::integer + r.target
           WHEN 'months' THEN (from_date + make_interval(months => r.target))::date
                - CASE WHEN r.day_one AND extract(day FROM from_date + make_interval(months => r.target)) = extract(day FROM from_date)
                       THEN 1 ELSE 0 END
         END,
         r.rule_id
  FROM {schema}.rule_in_force(due_by_rule.measure, rule_date) r
$fn$;
