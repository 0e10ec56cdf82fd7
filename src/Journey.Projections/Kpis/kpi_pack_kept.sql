CREATE OR REPLACE FUNCTION {schema}.kpi_pack_kept(from_month date, to_month date, as_recorded boolean)
RETURNS TABLE (kpi_id text, number text, title text, frequency text, service_area text, better text, unit text, team text, month date, numerator bigint, denominator bigint, value numeric, change_from_last_month numeric, previous_three_month_average numeric, families bigint, families_met bigint, family_value numeric, statistical_neighbours numeric, england numeric, west_midlands numeric, direction_vs_statistical_neighbours text, direction_vs_england text, rag text)
LANGUAGE plpgsql VOLATILE SET jit = off AS $fn$
#variable_conflict use_column
DECLARE
  in_recorded_view boolean := kpi_pack_kept.as_recorded;
  months date[] := {schema}.kpi_pack_months((from_month - interval '3 months')::date, to_month);
  stale date[];
  counted {schema}.kpi_kept_counts[] := '{}';
  taken pg_snapshot;
BEGIN
  PERFORM {schema}.kpi_forget_marks();
  stale := ARRAY(
    SELECT m FROM unnest(months) m
    WHERE NOT EXISTS (
      SELECT 1 FROM {schema}.kpi_kept_months k
      WHERE k.month = m AND k.as_recorded = in_recorded_view
        AND NOT EXISTS (SELECT 1 FROM {schema}.kpi_kept_marks x
                        WHERE x.from_month <= m AND NOT pg_visible_in_snapshot(x.xid, k.snapshot))));
  IF cardinality(stale) > 0 THEN
    -- The counts and the snapshot they are read from, in one statement.
    SELECT ARRAY(SELECT c FROM {schema}.kpi_month_counts(stale, in_recorded_view) c), pg_current_snapshot() INTO counted, taken;
    PERFORM {schema}.kpi_keep(stale, in_recorded_view, counted, taken);
  END IF;
  RETURN QUERY
  SELECT p.* FROM {schema}.kpi_pack_of_counts(from_month, to_month, counted || ARRAY(
    SELECT c FROM {schema}.kpi_kept_counts c
    WHERE c.as_recorded = in_recorded_view AND c.month = ANY (months) AND NOT (c.month = ANY (stale)))) p;
END
$fn$;
