#!/usr/bin/env bash
# Runs Journey locally: database up (ops/db.sh), schema applied and demo journeys loaded at start-up,
# API on http://127.0.0.1:5080 (API reference at /docs, OpenAPI document at /openapi/v1.json).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

own_db=${JOURNEY_DB:-}
source "$root/ops/lib/use-database.sh"
# A stand-in lock package an older checkout left in the NuGet cache goes before restoring (decision 100).
source "$root/ops/lib/nuget-cache.sh"
# The service connects as the application role (journey_app) and applies the schema at start-up as its
# owner (decision 58, docs/operations.md "Database roles"). A JOURNEY_DB of your own stays one role unless
# JOURNEY_DB_APP names the service's login on that server.
if [[ -z ${JOURNEY_DB_OWNER:-} && ( -z $own_db || -n ${JOURNEY_DB_APP:-} ) ]]; then
    export JOURNEY_DB_OWNER=$JOURNEY_DB
    JOURNEY_DB=$(bash "$root/ops/db.sh" url app)
fi
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export Journey__DemoData=${Journey__DemoData:-$root/seeds/demo/journeys.ndjson}
# A synthetic authority-year (from April 2025) beside the demo journeys, so the KPI pack has a year of figures; 0 for none.
export Journey__DemoSyntheticChildren=${Journey__DemoSyntheticChildren:-900}

cat >&2 <<TXT
Journey starting on http://127.0.0.1:5080
  API reference:  http://127.0.0.1:5080/docs
  operations:     http://127.0.0.1:5080/health/ready  http://127.0.0.1:5080/metrics  (docs/operations.md)
  a token:        TOKEN=\$(ops/token.sh sw.sam.taylor)
  try:            curl -H "Authorization: Bearer \$TOKEN" http://127.0.0.1:5080/api/children/DEMO-0003/timeline
TXT
exec dotnet run --project src/Journey.Api --configuration Release --no-launch-profile -- --urls http://127.0.0.1:5080
