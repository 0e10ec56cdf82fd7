CREATE OR REPLACE FUNCTION {schema}.kpi_children_by_month(from_month date, to_month date, as_recorded boolean)
RETURNS TABLE (month date, kpi_id text, child_id text, episode integer, team text, worker text, family_id text, met boolean)
LANGUAGE plpgsql STABLE SET jit = off AS $fn$
BEGIN
  RETURN QUERY SELECT k.* FROM {schema}.kpi_children_of_months({schema}.kpi_pack_months(from_month, to_month), as_recorded) k;
END
$fn$;
