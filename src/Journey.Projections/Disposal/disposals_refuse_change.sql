CREATE OR REPLACE FUNCTION {schema}.disposals_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION '{schema}.disposals is append-only: % is refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$fn$;
