#!/usr/bin/env bash
# ops/reliability.sh [--seconds S] [--clients N] [--soak-minutes M] [--port P]
#
# The reliability checks of issue 7 (docs/operations.md, "Reliability checks"): starts the service
# (Release build) on a database of its own, journey_reliability (dropped and made again each run), on
# the project's PRIVATE cluster, and drives N clients (default 8) recording contacts, each submission
# with its own Idempotency-Key, retried with the same key until acknowledged.
#   default          S seconds of load (default 60); PostgreSQL is restarted (ops/db.sh stop; start)
#                    at 1/3 and the service SIGKILLed while the projection daemon is behind at 2/3,
#                    then restarted.
#   --soak-minutes M M minutes of steady load, no faults, the service's memory sampled every 5 s
#                    and judged flat or growing (docs/operations.md). Run it with M >= 10.
# Then it waits for the async daemon, counts in SQL and prints a report: events acknowledged,
# present, lost, duplicated, projection rows missing/extra, clocks; exit 0 only if all must-be-zero
# figures are 0. Restarting PostgreSQL needs the private cluster (.pgdata of this repository,
# JOURNEY_DB_PORT to move it): with JOURNEY_DB set the script refuses to run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if [[ -n ${JOURNEY_DB:-} ]]; then
    echo "reliability.sh: JOURNEY_DB is set; these checks stop and start the database, so they run only on the private cluster (unset JOURNEY_DB, set JOURNEY_DB_PORT if needed)" >&2
    exit 2
fi
source "$root/ops/lib/use-database.sh"

dotnet build ops/reliability/Journey.Reliability.csproj --configuration Release -nologo -v quiet >&2
dotnet ops/reliability/bin/Release/net10.0/Journey.Reliability.dll --server "$JOURNEY_DB" --repo "$root" "$@"
