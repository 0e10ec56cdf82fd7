CREATE OR REPLACE FUNCTION {schema}.kpi_pack_of_counts(from_month date, to_month date, counts {schema}.kpi_kept_counts[])
RETURNS TABLE (kpi_id text, number text, title text, frequency text, service_area text, better text, unit text, team text, month date, numerator bigint, denominator bigint, value numeric, change_from_last_month numeric, previous_three_month_average numeric, families bigint, families_met bigint, family_value numeric, statistical_neighbours numeric, england numeric, west_midlands numeric, direction_vs_statistical_neighbours text, direction_vs_england text, rag text)
LANGUAGE plpgsql STABLE SET jit = off AS $fn$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  WITH month_list AS (
    SELECT m::date AS month
    FROM generate_series(date_trunc('month', from_month) - interval '3 months', date_trunc('month', to_month), interval '1 month') m
  ), totals AS (
    SELECT t.kpi_id, t.month, t.team, t.rows_counted, t.rows_met, t.families, t.families_met
    FROM unnest(counts) t JOIN month_list ml ON ml.month = t.month
  ), grid AS (
    SELECT d.*, ml.month, t.team,
           (SELECT p.children FROM {schema}.child_population p WHERE p.effective_from <= ml.month
            ORDER BY p.effective_from DESC LIMIT 1) AS population,
           coalesce(s.rows_counted, 0) AS rows_counted, coalesce(s.rows_met, 0) AS rows_met,
           coalesce(s.families, 0) AS families, coalesce(s.families_met, 0) AS families_met
    FROM {schema}.kpis d
    CROSS JOIN month_list ml
    CROSS JOIN (SELECT NULL::text AS team UNION SELECT DISTINCT s.team FROM totals s WHERE s.team IS NOT NULL) t
    LEFT JOIN totals s ON s.kpi_id = d.kpi_id AND s.month = ml.month AND s.team IS NOT DISTINCT FROM t.team
  ), valued AS (
    SELECT g.*,
           CASE g.unit WHEN 'percent' THEN g.rows_met ELSE g.rows_counted END AS numerator,
           CASE g.unit WHEN 'percent' THEN g.rows_counted
                       WHEN 'per-10000' THEN g.population END::bigint AS denominator,
           CASE g.unit WHEN 'percent' THEN round(100.0 * g.rows_met / nullif(g.rows_counted, 0), 1)
                       WHEN 'per-10000' THEN round(10000.0 * g.rows_counted / nullif(g.population, 0), 1)
                       ELSE g.rows_counted END AS value,
           CASE g.unit WHEN 'percent' THEN round(100.0 * g.families_met / nullif(g.families, 0), 1)
                       ELSE g.families END AS family_value
    FROM grid g
  ), compared AS (
    SELECT v.*,
           v.value - lag(v.value) OVER w AS change_from_last_month,
           round(avg(v.value) OVER (w ROWS BETWEEN 3 PRECEDING AND 1 PRECEDING), 1) AS previous_three_month_average,
           (SELECT k.value FROM {schema}.kpi_comparators k
            WHERE k.kpi_id = v.kpi_id AND k.comparator = 'statistical-neighbours' AND k.effective_from <= v.month
            ORDER BY k.effective_from DESC LIMIT 1) AS statistical_neighbours,
           (SELECT k.value FROM {schema}.kpi_comparators k
            WHERE k.kpi_id = v.kpi_id AND k.comparator = 'england' AND k.effective_from <= v.month
            ORDER BY k.effective_from DESC LIMIT 1) AS england,
           (SELECT k.value FROM {schema}.kpi_comparators k
            WHERE k.kpi_id = v.kpi_id AND k.comparator = 'west-midlands' AND k.effective_from <= v.month
            ORDER BY k.effective_from DESC LIMIT 1) AS west_midlands
    FROM valued v
    WINDOW w AS (PARTITION BY v.kpi_id, v.team ORDER BY v.month)
  )
  SELECT c.kpi_id, c.number, c.title, c.frequency, c.service_area, c.better, c.unit, c.team, c.month,
         c.numerator, c.denominator, c.value, c.change_from_last_month, c.previous_three_month_average,
         c.families, c.families_met, c.family_value, c.statistical_neighbours, c.england, c.west_midlands,
         CASE WHEN c.value IS NULL OR c.statistical_neighbours IS NULL THEN NULL
              WHEN c.value = c.statistical_neighbours THEN 'same'
              WHEN (c.better = 'higher') = (c.value > c.statistical_neighbours) THEN 'better' ELSE 'worse' END,
         CASE WHEN c.value IS NULL OR c.england IS NULL THEN NULL
              WHEN c.value = c.england THEN 'same'
              WHEN (c.better = 'higher') = (c.value > c.england) THEN 'better' ELSE 'worse' END,
         CASE WHEN c.value IS NULL THEN NULL
              WHEN c.better = 'higher' THEN CASE WHEN c.value >= c.green_from THEN 'green' WHEN c.value >= c.amber_from THEN 'amber' ELSE 'red' END
              ELSE CASE WHEN c.value <= c.green_from THEN 'green' WHEN c.value <= c.amber_from THEN 'amber' ELSE 'red' END
         END
  FROM compared c
  WHERE c.month >= date_trunc('month', from_month)
  ORDER BY c.position, c.team NULLS FIRST, c.month;
END
$fn$;
