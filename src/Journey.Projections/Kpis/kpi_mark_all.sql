CREATE OR REPLACE FUNCTION {schema}.kpi_mark_all()
RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM {schema}.kpi_mark_from(NULL);
  RETURN NULL;
END
$fn$;
