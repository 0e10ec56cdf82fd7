#!/usr/bin/env bash
# ops/bench.sh [--quick] [--runs N] [--children N] [--years 1,10,100] [--api-seconds S] [--workers N] [--api-only]
#
# Runs the benchmarks (bench/Journey.Benchmarks) and writes docs/benchmarks.md: bulk load; the like-for-like ceiling
# (a binary COPY of every row the first load wrote, in every table it wrote, in one transaction) and every rate's ratio
# to it; recording through the HTTP API at 1, 8 and 32 clients; projection rebuild; KPI pack / measure query latency as
# the store grows; and what each cost: CPU seconds of the benchmark process, the service and PostgreSQL, statements per
# event (pg_stat_statements: ops/db.sh loads it in its cluster; "not available" on a server without it) and rows
# written per table; with the machine they ran on. Each figure is the median of --runs runs (3; 1 with --quick) with
# the lowest and highest; the loads that grow the store run once. Uses the project's PostgreSQL (ops/db.sh: the private
# cluster, JOURNEY_DB_PORT to move it, or the server JOURNEY_DB names) in a database of its own, journey_bench, dropped
# and made again each run. --quick: authority-years of 900 children, 10 s per API level (about ten minutes); the full
# run: authority-years of 17,000 children, 30 s per level (over an hour on 2 cores, most of it loading 100
# authority-years; about 20 GB of database). --api-only: one authority-year loaded, then only the API levels, printed
# and not written (for checking a change to the write path).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

source "$root/ops/lib/use-database.sh"

dotnet build bench/Journey.Benchmarks/Journey.Benchmarks.csproj --configuration Release -nologo -v quiet >&2
dotnet bench/Journey.Benchmarks/bin/Release/net10.0/Journey.Benchmarks.dll \
    --server "$JOURNEY_DB" --repo "$root" --out "$root/docs/benchmarks.md" "$@"
