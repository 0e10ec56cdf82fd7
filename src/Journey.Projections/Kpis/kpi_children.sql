CREATE OR REPLACE FUNCTION {schema}.kpi_children(report_month date, as_recorded boolean)
RETURNS TABLE (kpi_id text, child_id text, episode integer, team text, worker text, family_id text, met boolean)
LANGUAGE sql STABLE AS $fn$
  SELECT k.kpi_id, k.child_id, k.episode, k.team, k.worker, k.family_id, k.met
  FROM {schema}.kpi_children_by_month(report_month, report_month, as_recorded) k
$fn$;
