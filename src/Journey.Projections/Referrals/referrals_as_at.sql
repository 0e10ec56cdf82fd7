CREATE OR REPLACE FUNCTION {schema}.referrals_as_at(as_at timestamptz, as_recorded boolean)
RETURNS TABLE (child_id text, referral_number integer, referred_at timestamptz, primary_need text, no_further_action boolean, re_referral boolean, rule_id text)
LANGUAGE sql STABLE AS $fn$
  SELECT r.child_id, r.referral_number, r.referred_at, r.primary_need, r.no_further_action,
         EXISTS (SELECT 1 FROM {schema}.referrals p
                 WHERE p.child_id = r.child_id AND p.referred_at < r.referred_at AND (NOT as_recorded OR p.recorded_at <= as_at)
                   AND (r.referred_at AT TIME ZONE 'Europe/London')::date
                       <= ((p.referred_at AT TIME ZONE 'Europe/London')::date + make_interval(months => rule.target))::date) AS re_referral,
         rule.rule_id
  FROM {schema}.referrals r
  CROSS JOIN LATERAL {schema}.rule_in_force('re-referral', (r.referred_at AT TIME ZONE 'Europe/London')::date) rule
  WHERE r.referred_at <= as_at AND (NOT as_recorded OR r.recorded_at <= as_at)
$fn$;
CREATE OR REPLACE FUNCTION {schema}.referrals_as_at(as_at timestamptz)
RETURNS TABLE (child_id text, referral_number integer, referred_at timestamptz, primary_need text, no_further_action boolean, re_referral boolean, rule_id text)
LANGUAGE sql STABLE AS $fn$
  SELECT * FROM {schema}.referrals_as_at(as_at, false)
$fn$;
