#!/usr/bin/env bash
# Runs Journey locally: database up (ops/db.sh), then the service's own commands prepare it (decisions 103, 104):
# `db-setup --logins` (the service's and the analysts' login roles, the schema, grants and views, as the owner) and
# `demo` (the demo journeys and a synthetic year, stored once); then the API on http://127.0.0.1:5080 (API reference
# at /docs, OpenAPI document at /openapi/v1.json).
#   JOURNEY_DEMO_JOURNEYS  the demo journeys' file (default seeds/demo/journeys.ndjson; empty for none)
#   JOURNEY_DEMO_CHILDREN  children of the synthetic authority-year from April 2025 (default 900; 0 for none)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

own_db=${JOURNEY_DB:-}
source "$root/ops/lib/use-database.sh"
# A stand-in lock package an older checkout left in the NuGet cache goes before restoring (decision 100).
source "$root/ops/lib/nuget-cache.sh"
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
demo_journeys=${JOURNEY_DEMO_JOURNEYS-$root/seeds/demo/journeys.ndjson}
demo_children=${JOURNEY_DEMO_CHILDREN:-900}

dotnet build src/Journey.Api --configuration Release -nologo -v quiet >&2
api() { (cd src/Journey.Api/bin/Release/net10.0 && dotnet Journey.Api.dll "$@"); }
# As the owner (JOURNEY_DB here): on the private cluster the logins are made too; a JOURNEY_DB of your own has its
# DBA's roles (docs/operations.md, "Database roles"), or stays one role.
if [[ -z $own_db ]]; then api db-setup --logins; else api db-setup; fi
if [[ -n $demo_journeys || $demo_children != 0 ]]; then
    api demo ${demo_journeys:+--journeys "$demo_journeys"} --children "$demo_children"
fi

# The service connects as the application role (journey_app), with JOURNEY_DB_OWNER set to the owner so start-up
# brings the schema up to date (decision 58). A JOURNEY_DB of your own stays one role unless JOURNEY_DB_APP names
# the service's login on that server.
if [[ -z ${JOURNEY_DB_OWNER:-} && ( -z $own_db || -n ${JOURNEY_DB_APP:-} ) ]]; then
    export JOURNEY_DB_OWNER=$JOURNEY_DB
    JOURNEY_DB=$(bash "$root/ops/db.sh" url app)
fi

cat >&2 <<TXT
Journey starting on http://127.0.0.1:5080
  API reference:  http://127.0.0.1:5080/docs
  operations:     http://127.0.0.1:5080/health/ready  http://127.0.0.1:5080/metrics  (docs/operations.md)
  a token:        TOKEN=\$(ops/token.sh sw.sam.taylor)
  try:            curl -H "Authorization: Bearer \$TOKEN" http://127.0.0.1:5080/api/children/DEMO-0003/timeline
TXT
exec dotnet run --project src/Journey.Api --configuration Release --no-launch-profile --no-build -- --urls http://127.0.0.1:5080
