CREATE OR REPLACE FUNCTION {schema}.kpi_keep(stale date[], in_recorded_view boolean, counted {schema}.kpi_kept_counts[], taken pg_snapshot)
RETURNS void
LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
  stale_month date;
  kept boolean;
  horizon xid8;
BEGIN
  SELECT s.horizon INTO horizon FROM {schema}.kpi_kept_state s WHERE s.id FOR SHARE;
  IF pg_snapshot_xmin(taken) < horizon THEN RETURN; END IF;
  FOR stale_month IN SELECT m FROM unnest(stale) m ORDER BY m LOOP
    kept := NULL;
    INSERT INTO {schema}.kpi_kept_months AS k (month, as_recorded, snapshot, computed_at)
    VALUES (stale_month, in_recorded_view, taken, clock_timestamp())
    ON CONFLICT (month, as_recorded) DO UPDATE SET snapshot = excluded.snapshot, computed_at = excluded.computed_at
      WHERE pg_snapshot_xmax(k.snapshot) <= pg_snapshot_xmax(excluded.snapshot)
    RETURNING true INTO kept;
    CONTINUE WHEN kept IS NULL;
    DELETE FROM {schema}.kpi_kept_counts c WHERE c.month = stale_month AND c.as_recorded = in_recorded_view;
    INSERT INTO {schema}.kpi_kept_counts SELECT c.* FROM unnest(counted) c WHERE c.month = stale_month;
  END LOOP;
END
$fn$;
