SELECT r.child_id, r.referral_number, r.referred_at, r.primary_need, r.no_further_action, r.re_referral, r.rule_id
FROM {schema}.referrals_as_at('infinity', false) r
