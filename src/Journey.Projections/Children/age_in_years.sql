CREATE OR REPLACE FUNCTION {schema}.age_in_years(date_of_birth date, on_date date)
RETURNS integer LANGUAGE sql IMMUTABLE AS $fn$
  SELECT CASE WHEN on_date < date_of_birth THEN NULL
              ELSE y.years - CASE WHEN (date_of_birth + make_interval(years => y.years))::date > on_date THEN 1 ELSE 0 END
         END
  FROM (SELECT extract(year FROM on_date)::integer - extract(year FROM date_of_birth)::integer AS years) y
$fn$;
