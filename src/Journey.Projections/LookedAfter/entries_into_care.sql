SELECT c.child_id, c.care_episode_number, c.entered_at,
       date_trunc('month', c.entered_at AT TIME ZONE 'Europe/London')::date AS entered_month,
       c.legal_status, c.planned, NOT c.planned AS unplanned, c.left_at
FROM {schema}.care_entries c
