SELECT c.child_id, c.date_of_birth, c.expected_date_of_birth, c.unborn, c.gender, c.ethnicity, c.stated_at, c.recorded_at
FROM {schema}.children_as_recorded('infinity') c
