CREATE OR REPLACE FUNCTION {schema}.placement_stability_as_at(as_at timestamptz, as_recorded boolean)
RETURNS TABLE (child_id text, care_episode_number integer, looked_after_since timestamptz, placement_number integer,
               placement_type text, same_carer_since timestamptz, placements_in_window integer, three_or_more_placements boolean,
               looked_after_long_term boolean, same_carer_two_years boolean, placed_for_adoption_two_years boolean,
               under_sixteen boolean, long_term_stable boolean)
LANGUAGE sql STABLE AS $fn$
  WITH in_care AS (
    -- One period of care per child: as recorded, a leaving recorded late may leave an earlier
    -- period open beside a later one already recorded; the later is the one the child was in.
    SELECT DISTINCT ON (c.child_id) c.child_id, c.care_episode_number, c.entered_at,
           CASE WHEN (NOT as_recorded OR c.placed_for_adoption_recorded_at <= as_at) THEN c.placed_for_adoption_at END AS placed_for_adoption_at,
           (as_at AT TIME ZONE 'Europe/London')::date AS d
    FROM {schema}.care_entries c
    WHERE c.entered_at <= as_at AND (NOT as_recorded OR c.started_recorded_at <= as_at)
      AND (c.left_at IS NULL OR c.left_at > as_at OR (NOT coalesce((NOT as_recorded OR c.ended_recorded_at <= as_at), false)))
    ORDER BY c.child_id, c.care_episode_number DESC
  ), placement AS (
    -- ended_at: only an end by as_at (and, as recorded, recorded by then); otherwise the placement was still going.
    SELECT p.child_id, p.placement_number, p.care_episode_number, p.started_at, p.placement_type, p.new_carer,
           CASE WHEN p.ended_at <= as_at AND (NOT as_recorded OR p.ended_recorded_at <= as_at) THEN p.ended_at END AS ended_at, i.d
    FROM {schema}.placements p JOIN in_care i ON i.child_id = p.child_id
    WHERE p.started_at <= as_at AND (NOT as_recorded OR p.started_recorded_at <= as_at)
  ), current_placement AS (
    -- With the same carer since the latest move to a new carer up to the current placement, as
    -- the placements table keeps it, from the placements known (as recorded, those recorded by as_at).
    SELECT DISTINCT ON (p.child_id) p.child_id, p.care_episode_number, p.placement_number, p.placement_type,
           coalesce(
             (SELECT s.started_at FROM {schema}.placements s
              WHERE s.child_id = p.child_id AND s.care_episode_number = p.care_episode_number AND s.placement_number <= p.placement_number
                AND s.new_carer AND (NOT as_recorded OR s.started_recorded_at <= as_at)
              ORDER BY s.placement_number DESC LIMIT 1),
             (SELECT min(f.started_at) FROM {schema}.placements f
              WHERE f.child_id = p.child_id AND f.care_episode_number = p.care_episode_number
                AND (NOT as_recorded OR f.started_recorded_at <= as_at))) AS same_carer_since
    FROM placement p JOIN in_care i ON i.child_id = p.child_id AND i.care_episode_number = p.care_episode_number
    ORDER BY p.child_id, p.placement_number DESC
  ), current_carer AS (
    SELECT cp.*,
           -- when the carer before the current one took the child: the adoptive placement and the one before it
           (SELECT max(b.started_at) FROM placement b
            WHERE b.child_id = cp.child_id AND b.care_episode_number = cp.care_episode_number AND b.new_carer
              AND b.started_at < cp.same_carer_since) AS previous_carer_since
    FROM current_placement cp
  ), moves AS (
    SELECT p.child_id,
           (count(*) FILTER (WHERE p.new_carer AND ((SELECT b.due_date FROM {schema}.due_by_rule('placement-moves-window', (p.started_at AT TIME ZONE 'Europe/London')::date, p.d) b) > p.d))
            + CASE WHEN bool_or(NOT ((SELECT b.due_date FROM {schema}.due_by_rule('placement-moves-window', (p.started_at AT TIME ZONE 'Europe/London')::date, p.d) b) > p.d) AND (p.ended_at IS NULL OR ((SELECT b.due_date FROM {schema}.due_by_rule('placement-moves-window', (p.ended_at AT TIME ZONE 'Europe/London')::date, p.d) b) > p.d)))
                   THEN 1 ELSE 0 END)::integer AS placements
    FROM placement p GROUP BY p.child_id
  ), child_age AS (
    -- The DfE's long-term measure counts children under 16 (the rulebook's long-term-stability-age);
    -- a child with no date of birth recorded is unknown (null) and not left out for age.
    SELECT i.child_id, i.d < {schema}.birthday_by_rule(c.date_of_birth, 'long-term-stability-age') AS under_sixteen
    FROM in_care i
    LEFT JOIN {schema}.children_as_recorded(CASE WHEN as_recorded THEN as_at ELSE 'infinity' END) c
      ON c.child_id = i.child_id
  ), flags AS (
    SELECT i.child_id, i.care_episode_number, i.entered_at, cp.placement_number, cp.placement_type, cp.same_carer_since,
           coalesce(m.placements, 0) AS placements, a.under_sixteen,
           ((SELECT b.due_date FROM {schema}.due_by_rule('long-term-care', (i.entered_at AT TIME ZONE 'Europe/London')::date, (as_at AT TIME ZONE 'Europe/London')::date) b) <= (as_at AT TIME ZONE 'Europe/London')::date) AS looked_after_long_term,
           coalesce(((SELECT b.due_date FROM {schema}.due_by_rule('long-term-placement', (cp.same_carer_since AT TIME ZONE 'Europe/London')::date, (as_at AT TIME ZONE 'Europe/London')::date) b) <= (as_at AT TIME ZONE 'Europe/London')::date), false) AS same_carer_two_years,
           coalesce(i.placed_for_adoption_at IS NOT NULL AND i.placed_for_adoption_at <= as_at
                    AND ((SELECT b.due_date FROM {schema}.due_by_rule('long-term-placement', (coalesce(cp.previous_carer_since, cp.same_carer_since) AT TIME ZONE 'Europe/London')::date, (as_at AT TIME ZONE 'Europe/London')::date) b) <= (as_at AT TIME ZONE 'Europe/London')::date), false)
             AS placed_for_adoption_two_years
    FROM in_care i
    LEFT JOIN current_carer cp ON cp.child_id = i.child_id
    LEFT JOIN moves m ON m.child_id = i.child_id
    LEFT JOIN child_age a ON a.child_id = i.child_id
  )
  SELECT f.child_id, f.care_episode_number, f.entered_at, f.placement_number, f.placement_type, f.same_carer_since,
         f.placements, f.placements >= 3, f.looked_after_long_term, f.same_carer_two_years, f.placed_for_adoption_two_years,
         f.under_sixteen,
         f.looked_after_long_term AND f.under_sixteen IS NOT FALSE AND (f.same_carer_two_years OR f.placed_for_adoption_two_years)
  FROM flags f
$fn$;
CREATE OR REPLACE FUNCTION {schema}.placement_stability_as_at(as_at timestamptz)
RETURNS TABLE (child_id text, care_episode_number integer, looked_after_since timestamptz, placement_number integer,
               placement_type text, same_carer_since timestamptz, placements_in_window integer, three_or_more_placements boolean,
               looked_after_long_term boolean, same_carer_two_years boolean, placed_for_adoption_two_years boolean,
               under_sixteen boolean, long_term_stable boolean)
LANGUAGE sql STABLE AS $fn$
  SELECT * FROM {schema}.placement_stability_as_at(as_at, false)
$fn$;
