CREATE OR REPLACE FUNCTION {schema}.kpi_pack_months(from_month date, to_month date)
RETURNS date[]
LANGUAGE sql IMMUTABLE AS $fn$
  SELECT ARRAY(SELECT m::date FROM generate_series(date_trunc('month', from_month), date_trunc('month', to_month), interval '1 month') m)
$fn$;
