CREATE OR REPLACE FUNCTION {schema}.supervisions_as_at(as_at timestamptz, as_recorded boolean)
RETURNS TABLE (kind text, child_id text, episode integer, supervision integer, due_date date, held_at timestamptz, status text, due_from date, rule_id text)
LANGUAGE sql STABLE AS $fn$
  SELECT 'protection', c.child_id, c.plan_number, c.supervision, c.due_date, c.held_at, c.status, c.due_from, c.rule_id
  FROM {schema}.protection_supervision_as_at(as_at, as_recorded) c
  UNION ALL
  SELECT 'child-in-need', c.child_id, c.plan_number, c.supervision, c.due_date, c.held_at, c.status, c.due_from, c.rule_id
  FROM {schema}.child_in_need_supervision_as_at(as_at, as_recorded) c
  UNION ALL
  SELECT 'looked-after', c.child_id, c.care_episode_number, c.supervision, c.due_date, c.held_at, c.status, c.due_from, c.rule_id
  FROM {schema}.looked_after_supervision_as_at(as_at, as_recorded) c
$fn$;
CREATE OR REPLACE FUNCTION {schema}.supervisions_as_at(as_at timestamptz)
RETURNS TABLE (kind text, child_id text, episode integer, supervision integer, due_date date, held_at timestamptz, status text, due_from date, rule_id text)
LANGUAGE sql STABLE AS $fn$
  SELECT * FROM {schema}.supervisions_as_at(as_at, false)
$fn$;
