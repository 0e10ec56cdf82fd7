CREATE OR REPLACE FUNCTION {schema}.kpi_forget_marks()
RETURNS void
LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
  oldest xid8 := pg_snapshot_xmin(pg_current_snapshot());
BEGIN
  -- A mark every kept month it reaches has seen, of a transaction older than any running, can go.
  IF NOT EXISTS (SELECT 1 FROM {schema}.kpi_kept_marks x
                 WHERE x.xid < oldest AND NOT EXISTS (SELECT 1 FROM {schema}.kpi_kept_months k
                                                      WHERE k.month >= x.from_month AND NOT pg_visible_in_snapshot(x.xid, k.snapshot)))
  THEN RETURN; END IF;
  INSERT INTO {schema}.kpi_kept_state AS s (id, horizon) VALUES (true, oldest)
  ON CONFLICT (id) DO UPDATE SET horizon = greatest(s.horizon, excluded.horizon);
  DELETE FROM {schema}.kpi_kept_marks x
  WHERE x.xid < oldest AND NOT EXISTS (SELECT 1 FROM {schema}.kpi_kept_months k
                                       WHERE k.month >= x.from_month AND NOT pg_visible_in_snapshot(x.xid, k.snapshot));
END
$fn$;
