CREATE OR REPLACE FUNCTION {schema}.birthday_by_rule(date_of_birth date, age_measure text)
RETURNS date LANGUAGE sql STABLE AS $fn$
  SELECT {schema}.date_at_age(date_of_birth, t.target)
  FROM {schema}.timescale_rules t
  WHERE t.measure = age_measure AND t.effective_from <= {schema}.date_at_age(date_of_birth, t.target)
  ORDER BY t.effective_from DESC LIMIT 1
$fn$;
