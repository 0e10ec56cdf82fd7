CREATE OR REPLACE FUNCTION {schema}.kpi_mark_from(from_day date)
RETURNS void
LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
  first_month date := coalesce(date_trunc('month', from_day)::date, '-infinity'::date);
  reach text := CASE WHEN isfinite(first_month) THEN to_char(first_month, 'YYYYMM') ELSE '000000' END;
  marked text := current_setting('{schema}.kpi_marked_from', true);
BEGIN
  IF coalesce(marked, '') <> '' AND marked <= reach THEN RETURN; END IF;
  INSERT INTO {schema}.kpi_kept_marks AS x (xid, from_month) VALUES (pg_current_xact_id(), first_month)
  ON CONFLICT (xid) DO UPDATE SET from_month = least(x.from_month, excluded.from_month);
  PERFORM set_config('{schema}.kpi_marked_from', reach, true);
END
$fn$;
