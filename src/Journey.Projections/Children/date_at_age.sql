CREATE OR REPLACE FUNCTION {schema}.date_at_age(date_of_birth date, months integer)
RETURNS date LANGUAGE sql IMMUTABLE AS $fn$
  SELECT (date_of_birth + make_interval(months => months))::date
$fn$;
