CREATE OR REPLACE FUNCTION {schema}.pre_proceedings_as_at(as_at timestamptz, as_recorded boolean)
RETURNS TABLE (child_id text, pre_proceedings_number integer, entered_at timestamptz, concluded_at timestamptz, duration_days integer,
               letter_sent_at timestamptz, first_meeting_at timestamptz, letter_to_meeting_days integer, review_meetings integer,
               letter_to_meeting_rule_id text, letter_to_meeting_due_date date, letter_to_meeting_status text,
               drift_rule_id text, drift_due_date date, drift_status text)
LANGUAGE sql STABLE AS $fn$
  WITH episode AS (
    SELECT p.child_id, p.pre_proceedings_number AS number, p.entered_at,
           CASE WHEN p.concluded_at <= as_at AND (NOT as_recorded OR p.ended_recorded_at <= as_at) THEN p.concluded_at END AS concluded_at,
           (SELECT min(l.held_at) FROM {schema}.pre_proceedings_letters l
            WHERE l.child_id = p.child_id AND l.pre_proceedings_number = p.pre_proceedings_number AND l.held_at <= as_at
              AND (NOT as_recorded OR l.recorded_at <= as_at)) AS letter_sent_at,
           -- The initial meeting is the first held: a review cannot come before it.
           (SELECT min(m.held_at) FROM {schema}.pre_proceedings_meetings m
            WHERE m.child_id = p.child_id AND m.pre_proceedings_number = p.pre_proceedings_number AND m.held_at <= as_at
              AND (NOT as_recorded OR m.recorded_at <= as_at)) AS first_meeting_at,
           (SELECT count(*) FROM {schema}.pre_proceedings_meetings m
            WHERE m.child_id = p.child_id AND m.pre_proceedings_number = p.pre_proceedings_number AND m.held_at <= as_at
              AND (NOT as_recorded OR m.recorded_at <= as_at))::integer AS meetings
    FROM {schema}.pre_proceedings p
    WHERE p.entered_at <= as_at AND (NOT as_recorded OR p.started_recorded_at <= as_at)
  ), timed AS (
    SELECT e.*, b.due_date AS letter_due_date, b.rule_id AS letter_rule_id
    FROM episode e
    LEFT JOIN LATERAL {schema}.due_by_rule('pre-proceedings-letter-to-meeting', (e.letter_sent_at AT TIME ZONE 'Europe/London')::date,
                                           (e.letter_sent_at AT TIME ZONE 'Europe/London')::date) b ON true
  )
  SELECT e.child_id, e.number, e.entered_at, e.concluded_at,
         (coalesce(e.concluded_at, as_at) AT TIME ZONE 'Europe/London')::date - (e.entered_at AT TIME ZONE 'Europe/London')::date,
         e.letter_sent_at, e.first_meeting_at,
         (e.first_meeting_at AT TIME ZONE 'Europe/London')::date - (e.letter_sent_at AT TIME ZONE 'Europe/London')::date,
         greatest(e.meetings - 1, 0),
         e.letter_rule_id, e.letter_due_date,
         CASE WHEN e.letter_due_date IS NULL THEN NULL
              WHEN e.first_meeting_at IS NOT NULL
                THEN CASE WHEN (e.first_meeting_at AT TIME ZONE 'Europe/London')::date <= e.letter_due_date THEN 'met' ELSE 'late' END
              WHEN e.concluded_at IS NOT NULL THEN NULL
              WHEN (as_at AT TIME ZONE 'Europe/London')::date <= e.letter_due_date THEN 'open-in-time' ELSE 'open-overdue'
         END,
         d.rule_id, d.due_date, d.status
  FROM timed e
  LEFT JOIN {schema}.measures_at(as_at, as_recorded) d
    ON d.child_id = e.child_id AND d.measure = 'pre-proceedings' AND d.episode = e.number
$fn$;
CREATE OR REPLACE FUNCTION {schema}.pre_proceedings_as_at(as_at timestamptz)
RETURNS TABLE (child_id text, pre_proceedings_number integer, entered_at timestamptz, concluded_at timestamptz, duration_days integer,
               letter_sent_at timestamptz, first_meeting_at timestamptz, letter_to_meeting_days integer, review_meetings integer,
               letter_to_meeting_rule_id text, letter_to_meeting_due_date date, letter_to_meeting_status text,
               drift_rule_id text, drift_due_date date, drift_status text)
LANGUAGE sql STABLE AS $fn$
  SELECT * FROM {schema}.pre_proceedings_as_at(as_at, false)
$fn$;
