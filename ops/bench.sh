#!/usr/bin/env bash
# ops/bench.sh [--quick] [--children N] [--years 1,10,100] [--api-seconds S] [--workers N] [--api-only]
#
# Runs the benchmarks (bench/Journey.Benchmarks) and writes docs/benchmarks.md: bulk load, the raw
# PostgreSQL COPY rate of the same rows, recording through the HTTP API at 1, 8 and 32 clients,
# projection rebuild, and KPI pack / measure query latency as the store grows, with the machine
# they ran on. Uses the project's PostgreSQL (ops/db.sh: the private cluster, JOURNEY_DB_PORT to
# move it, or the server JOURNEY_DB names) in a database of its own, journey_bench, dropped and made
# again each run. --quick: authority-years of 900 children, 10 s per API level (about ten minutes);
# the full run: authority-years of 17,000 children, 30 s per level (about 45 minutes on 2 cores,
# most of it loading 100 authority-years; about 20 GB of database). --api-only: one authority-year
# loaded, then only the API levels, printed and not written (for checking a change to the write path).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

source "$root/ops/lib/use-database.sh"

dotnet build bench/Journey.Benchmarks/Journey.Benchmarks.csproj --configuration Release -nologo -v quiet >&2
dotnet bench/Journey.Benchmarks/bin/Release/net10.0/Journey.Benchmarks.dll \
    --server "$JOURNEY_DB" --repo "$root" --out "$root/docs/benchmarks.md" "$@"
