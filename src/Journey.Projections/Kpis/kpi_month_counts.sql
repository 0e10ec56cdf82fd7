CREATE OR REPLACE FUNCTION {schema}.kpi_month_counts(months date[], as_recorded boolean)
RETURNS SETOF {schema}.kpi_kept_counts
LANGUAGE plpgsql STABLE SET jit = off AS $fn$
BEGIN
  RETURN QUERY
  SELECT k.month, kpi_month_counts.as_recorded, k.kpi_id, x.team, count(*), count(*) FILTER (WHERE k.met),
         count(DISTINCT k.family_id), count(DISTINCT k.family_id) - count(DISTINCT k.family_id) FILTER (WHERE NOT k.met)
  -- Every month in one call: one plan for all of them (see kpi_children_of_months).
  FROM {schema}.kpi_children_of_months(months, kpi_month_counts.as_recorded) k
  CROSS JOIN LATERAL (VALUES (NULL::text), (coalesce(k.team, 'unallocated'))) x(team)
  GROUP BY k.month, k.kpi_id, x.team;
END
$fn$;
