CREATE OR REPLACE FUNCTION {schema}.kpi_children_of_months(months date[], as_recorded boolean)
RETURNS TABLE (month date, kpi_id text, child_id text, episode integer, team text, worker text, family_id text, met boolean)
LANGUAGE plpgsql STABLE SET jit = off AS $fn$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  WITH month_list AS MATERIALIZED (
    SELECT r.month, date_trunc('month', r.month)::date AS month_start,
           (date_trunc('month', r.month) + interval '1 month - 1 day')::date AS month_end,
           ((date_trunc('month', r.month) + interval '1 month')::timestamp AT TIME ZONE 'Europe/London') - interval '1 microsecond' AS as_at,
           make_date(extract(year FROM r.month)::integer - CASE WHEN extract(month FROM r.month) < 4 THEN 1 ELSE 0 END, 4, 1) AS year_start
    FROM unnest(months) r(month)
  ), clock AS MATERIALIZED (
    SELECT m.month, m.month_start, m.month_end, c.child_id, c.measure, c.episode, c.status, c.actual_date, c.due_date
    FROM month_list m CROSS JOIN LATERAL {schema}.measures_at_for_month(m.as_at, as_recorded, m.month_start, m.month_end) c
    WHERE c.measure IN ('contact-decision-24h', 'initial-conference', 'assessment', 'allocation', 'return-interview')
      -- Only the rows a KPI reads: stopped or due in the month, or open at its end. The others (most: clocks stopped in
      -- earlier months) are dropped before every month's rows are kept together.
      AND (c.actual_date BETWEEN m.month_start AND m.month_end OR c.due_date BETWEEN m.month_start AND m.month_end
           OR c.status IN ('open-in-time', 'open-overdue'))
  ), counted (month, kpi_id, child_id, episode, met) AS (
    -- What each KPI of seeds/reference/kpis.csv counts, every month at once: (month, child, episode, met), met null for
    -- a KPI that counts children. Clocks stopped in the month (decisions made, conferences held, assessments
    -- authorised), met or late:
    SELECT k.month, 'contact-decision-24h'::text, k.child_id, k.episode, k.met FROM (
      SELECT c.month, c.child_id, c.episode, c.status = 'met' FROM clock c
      WHERE c.measure = 'contact-decision-24h' AND c.actual_date BETWEEN c.month_start AND c.month_end) k(month, child_id, episode, met)
    UNION ALL
    SELECT k.month, 'initial-conference-15wd'::text, k.child_id, k.episode, k.met FROM (
      SELECT c.month, c.child_id, c.episode, c.status = 'met' FROM clock c
      WHERE c.measure = 'initial-conference' AND c.actual_date BETWEEN c.month_start AND c.month_end) k(month, child_id, episode, met)
    UNION ALL
    SELECT k.month, 'assessment-45wd'::text, k.child_id, k.episode, k.met FROM (
      SELECT c.month, c.child_id, c.episode, c.status = 'met' FROM clock c
      WHERE c.measure = 'assessment' AND c.actual_date BETWEEN c.month_start AND c.month_end) k(month, child_id, episode, met)
    UNION ALL
    -- Assessments open at month end, in time or overdue:
    SELECT k.month, 'open-assessments-in-time'::text, k.child_id, k.episode, k.met FROM (
      SELECT c.month, c.child_id, c.episode, c.status = 'open-in-time' FROM clock c
      WHERE c.measure = 'assessment' AND c.status IN ('open-in-time', 'open-overdue')) k(month, child_id, episode, met)
    UNION ALL
    -- Children waiting for allocation past the due date at month end:
    SELECT k.month, 'unallocated-5wd'::text, k.child_id, k.episode, k.met FROM (
      SELECT c.month, c.child_id, c.episode, NULL::boolean FROM clock c
      WHERE c.measure = 'allocation' AND c.status = 'open-overdue') k(month, child_id, episode, met)
    UNION ALL
    -- Return interviews due in the month, held within 72 hours or not:
    SELECT k.month, 'return-interviews-72h'::text, k.child_id, k.episode, k.met FROM (
      SELECT c.month, c.child_id, c.episode, c.status = 'met' FROM clock c
      WHERE c.measure = 'return-interview' AND c.due_date BETWEEN c.month_start AND c.month_end) k(month, child_id, episode, met)
    UNION ALL
    -- Children on a protection plan at month end:
    SELECT k.month, 'protection-plan-rate'::text, k.child_id, k.episode, k.met FROM (
      SELECT m.month, p.child_id, p.plan_number, NULL::boolean
      FROM month_list m CROSS JOIN LATERAL {schema}.protection_plans_as_at(m.as_at, as_recorded) p
      WHERE p.ended_at IS NULL) k(month, child_id, episode, met)
    UNION ALL
    -- Episodes open at month end, in time when their next visit or review is not yet overdue:
    SELECT k.month, 'protection-visits-in-time'::text, k.child_id, k.episode, k.met FROM (
      SELECT m.month, v.child_id, v.plan_number, v.status = 'open-in-time'
      FROM month_list m CROSS JOIN LATERAL {schema}.protection_visits_as_at_next_due(m.as_at, as_recorded) v
      WHERE v.status <> 'no-rule') k(month, child_id, episode, met)
    UNION ALL
    SELECT k.month, 'review-conferences-in-time'::text, k.child_id, k.episode, k.met FROM (
      SELECT m.month, v.child_id, v.plan_number, v.status = 'open-in-time'
      FROM month_list m CROSS JOIN LATERAL {schema}.review_conferences_as_at_next_due(m.as_at, as_recorded) v
      WHERE v.status <> 'no-rule') k(month, child_id, episode, met)
    UNION ALL
    SELECT k.month, 'protection-supervision-in-time'::text, k.child_id, k.episode, k.met FROM (
      SELECT m.month, v.child_id, v.plan_number, v.status = 'open-in-time'
      FROM month_list m CROSS JOIN LATERAL {schema}.protection_supervision_as_at_next_due(m.as_at, as_recorded) v
      WHERE v.status <> 'no-rule') k(month, child_id, episode, met)
    UNION ALL
    SELECT k.month, 'child-in-need-visits-in-time'::text, k.child_id, k.episode, k.met FROM (
      SELECT m.month, v.child_id, v.plan_number, v.status = 'open-in-time'
      FROM month_list m CROSS JOIN LATERAL {schema}.child_in_need_visits_as_at_next_due(m.as_at, as_recorded) v
      WHERE v.status <> 'no-rule') k(month, child_id, episode, met)
    UNION ALL
    SELECT k.month, 'looked-after-visits-in-time'::text, k.child_id, k.episode, k.met FROM (
      SELECT m.month, v.child_id, v.placement_number, v.status = 'open-in-time'
      FROM month_list m CROSS JOIN LATERAL {schema}.looked_after_visits_as_at_next_due(m.as_at, as_recorded) v
      WHERE v.status <> 'no-rule') k(month, child_id, episode, met)
    UNION ALL
    -- Looked-after reviews held from 1 April to month end, on time or not:
    SELECT k.month, 'looked-after-reviews-in-time'::text, k.child_id, k.episode, k.met FROM (
      SELECT m.month, r.* FROM month_list m CROSS JOIN LATERAL (
        SELECT r.child_id, r.care_episode_number, r.status = 'met' FROM {schema}.looked_after_reviews_as_at(m.as_at, as_recorded) r
        WHERE r.held_at IS NOT NULL AND (r.held_at AT TIME ZONE 'Europe/London')::date BETWEEN m.year_start AND m.month_end
          AND r.status <> 'no-rule'
        -- OFFSET 0 keeps the month's bounds inside this subquery, where they reach the chain's
        -- held reviews, so that only the year's reviews get a due date (not every review held).
        OFFSET 0) r) k(month, child_id, episode, met)
  )
  SELECT k.month, k.kpi_id, k.child_id, k.episode, a.team, a.worker, coalesce(f.family_id, 'child:' || k.child_id), k.met
  FROM counted k
  JOIN month_list m ON m.month = k.month
  LEFT JOIN LATERAL (
    SELECT al.team, al.worker FROM {schema}.allocations al
    WHERE al.child_id = k.child_id AND al.allocated_at <= m.as_at ORDER BY al.allocated_at DESC, al.version DESC LIMIT 1
  ) a ON true
  LEFT JOIN LATERAL (
    SELECT fm.family_id FROM {schema}.family_members fm
    WHERE fm.child_id = k.child_id AND fm.linked_at <= m.as_at AND (fm.unlinked_at IS NULL OR fm.unlinked_at > m.as_at)
    ORDER BY fm.linked_at DESC LIMIT 1
  ) f ON true;
END
$fn$;
