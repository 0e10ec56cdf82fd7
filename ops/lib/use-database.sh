# Sourced by ops/run.sh and ops/test.sh: starts the project's database (or checks the one
# JOURNEY_DB names) and exports JOURNEY_DB for what runs next.
bash "$root/ops/db.sh" start
JOURNEY_DB=$(bash "$root/ops/db.sh" url)
export JOURNEY_DB
