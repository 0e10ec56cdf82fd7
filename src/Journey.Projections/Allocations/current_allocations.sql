SELECT DISTINCT ON (child_id) child_id, team, worker, allocated_at
FROM {schema}.allocations ORDER BY child_id, allocated_at DESC, version DESC
