CREATE OR REPLACE FUNCTION {schema}.elapsed_unit(unit text)
RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
  SELECT CASE unit WHEN 'working-days' THEN 'working-days' WHEN 'hours' THEN 'hours' WHEN 'months' THEN 'days' WHEN 'weeks' THEN 'days' WHEN 'days' THEN 'days' END
$fn$;
