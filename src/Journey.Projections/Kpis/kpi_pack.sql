CREATE OR REPLACE FUNCTION {schema}.kpi_pack(from_month date, to_month date, as_recorded boolean)
RETURNS TABLE (kpi_id text, number text, title text, frequency text, service_area text, better text, unit text, team text, month date, numerator bigint, denominator bigint, value numeric, change_from_last_month numeric, previous_three_month_average numeric, families bigint, families_met bigint, family_value numeric, statistical_neighbours numeric, england numeric, west_midlands numeric, direction_vs_statistical_neighbours text, direction_vs_england text, rag text)
LANGUAGE plpgsql STABLE SET jit = off AS $fn$
BEGIN
  RETURN QUERY
  SELECT p.* FROM {schema}.kpi_pack_of_counts(from_month, to_month, ARRAY(
    SELECT c FROM {schema}.kpi_month_counts({schema}.kpi_pack_months((from_month - interval '3 months')::date, to_month), as_recorded) c)) p;
END
$fn$;
