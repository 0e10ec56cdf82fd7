CREATE OR REPLACE FUNCTION {schema}.care_leavers_in_touch_as_at(as_at timestamptz, as_recorded boolean)
RETURNS TABLE (child_id text, age integer, birthday date, window_from date, window_to date, in_touch boolean,
               in_touch_code text, activity text, accommodation text, accommodation_suitable boolean, contacted_at timestamptz)
LANGUAGE sql STABLE AS $fn$
  WITH period AS (
    SELECT e.child_id, (e.entered_at AT TIME ZONE 'Europe/London')::date AS entered_on,
           CASE WHEN e.left_at <= as_at AND (NOT as_recorded OR e.ended_recorded_at <= as_at) THEN (e.left_at AT TIME ZONE 'Europe/London')::date END AS left_on
    FROM {schema}.care_episodes e
    WHERE e.entered_at <= as_at AND (NOT as_recorded OR e.started_recorded_at <= as_at)
  ), birthday AS (
    SELECT c.child_id, m.months, {schema}.date_at_age(c.date_of_birth, m.months) AS birthday,
           {schema}.birthday_by_rule(c.date_of_birth, 'leaving-care-age') AS leaving_care_from
    FROM {schema}.children_as_recorded(CASE WHEN as_recorded THEN as_at ELSE 'infinity' END) c
    CROSS JOIN generate_series(12, (SELECT max(t.target) FROM {schema}.timescale_rules t WHERE t.measure = 'care-leaver-in-touch-age-to'), 12) m (months)
    WHERE c.date_of_birth IS NOT NULL
  ), reported AS (
    SELECT b.child_id, b.months / 12 AS age, b.birthday,
           (b.birthday - make_interval(months => (SELECT t.target FROM {schema}.rule_in_force('care-leaver-in-touch-before', b.birthday) t)))::date AS window_from,
           (b.birthday + make_interval(months => (SELECT t.target FROM {schema}.rule_in_force('care-leaver-in-touch-after', b.birthday) t)))::date AS window_to
    FROM birthday b
    WHERE b.birthday <= (as_at AT TIME ZONE 'Europe/London')::date
      AND b.months BETWEEN (SELECT t.target FROM {schema}.rule_in_force('care-leaver-in-touch-age-from', b.birthday) t) AND (SELECT t.target FROM {schema}.rule_in_force('care-leaver-in-touch-age-to', b.birthday) t)
      AND EXISTS (SELECT 1 FROM period p WHERE p.child_id = b.child_id AND p.left_on BETWEEN b.leaving_care_from AND b.birthday)
      AND NOT EXISTS (SELECT 1 FROM period p WHERE p.child_id = b.child_id AND p.entered_on <= b.birthday
                                              AND (p.left_on IS NULL OR p.left_on > b.birthday))
  )
  SELECT r.child_id, r.age, r.birthday, r.window_from, r.window_to,
         CASE WHEN n.in_touch IN ('YES', 'RHOM') THEN true
              WHEN r.window_to < (as_at AT TIME ZONE 'Europe/London')::date THEN false END,
         n.in_touch, n.activity, n.accommodation, n.accommodation_suitable, n.contacted_at
  FROM reported r
  LEFT JOIN LATERAL (
    SELECT k.in_touch, k.activity, k.accommodation, k.accommodation_suitable, k.contacted_at
    FROM {schema}.care_leaver_contacts k
    WHERE k.child_id = r.child_id AND k.contacted_at <= as_at AND (NOT as_recorded OR k.recorded_at <= as_at)
      AND (k.contacted_at AT TIME ZONE 'Europe/London')::date BETWEEN r.window_from AND r.window_to
    ORDER BY k.in_touch IN ('YES', 'RHOM') DESC,
             abs((k.contacted_at AT TIME ZONE 'Europe/London')::date - r.birthday), k.contacted_at
    LIMIT 1) n ON true
$fn$;
CREATE OR REPLACE FUNCTION {schema}.care_leavers_in_touch_as_at(as_at timestamptz)
RETURNS TABLE (child_id text, age integer, birthday date, window_from date, window_to date, in_touch boolean,
               in_touch_code text, activity text, accommodation text, accommodation_suitable boolean, contacted_at timestamptz)
LANGUAGE sql STABLE AS $fn$
  SELECT * FROM {schema}.care_leavers_in_touch_as_at(as_at, false)
$fn$;
