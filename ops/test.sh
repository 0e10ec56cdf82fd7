#!/usr/bin/env bash
# The whole test suite against a real PostgreSQL: the project's private cluster (ops/db.sh), or
# the server JOURNEY_DB names. The integration tests create a database of their own per run and
# drop it afterwards. The statutory returns' validators are found (and installed) first, since tests
# run them. TRX results land in TestResults/ (read by .ci/run for its summary line).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

source "$root/ops/lib/use-database.sh"
# A stand-in lock package an older checkout left in the NuGet cache goes before restoring (decision 100).
source "$root/ops/lib/nuget-cache.sh"
# The returns' tests run the validators authorities use on them (docs/returns.md): found, and their Debian
# packages installed when missing, before the tests start.
source "$root/ops/lib/returns-validators.sh"

rm -rf TestResults
dotnet test Journey.sln --configuration Release --logger "trx" --results-directory TestResults "$@"
