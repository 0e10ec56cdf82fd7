CREATE OR REPLACE FUNCTION {schema}.rule_in_force(measure text, on_date date)
RETURNS TABLE (rule_id text, unit text, target integer, day_one boolean)
LANGUAGE sql STABLE AS $fn$
  SELECT t.rule_id, t.unit, t.target, t.counting IS NOT DISTINCT FROM 'day-1'
  FROM {schema}.timescale_rules t
  WHERE t.measure = rule_in_force.measure AND t.effective_from <= on_date
  ORDER BY t.effective_from DESC LIMIT 1
$fn$;
