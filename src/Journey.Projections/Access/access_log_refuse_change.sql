CREATE OR REPLACE FUNCTION {schema}.access_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION '{schema}.access_log is append-only: % is refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$fn$;
