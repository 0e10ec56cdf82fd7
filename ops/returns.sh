#!/usr/bin/env bash
# ops/returns.sh — the three statutory returns of a collection year, written from the journeys in the database
# (docs/returns.md): the CIN census XML, the SSDA903 CSV files and Ofsted's Annex A workbook with its lists as CSV.
#
#   ops/returns.sh [--year 2026] [--out DIR] [--as-recorded-at 2026-05-01] [--as NAME] [--validate]
#
#   --year            the collection year by the year it ends: 2026 is 2025/26 (1 April 2025 to 31 March 2026)
#                     (default: the last year that has ended)
#   --out             where to write (default returns/<year>): DIR/cin, DIR/ssda903, DIR/annex-a
#   --as-recorded-at  each return as it stood then, from what had been recorded by that instant
#   --as              who is reading, for the access log (default: the OS user)
#   --validate        then run the validators on what was written (ops/validate-returns.sh)
#
# The database is the one ops/run.sh uses (ops/db.sh; JOURNEY_DB names another). Each return is the `returns`
# command of src/Journey.Api, which logs the read of every child it holds in the access log.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

year="" out="" validate=0
pass=()
while [[ $# -gt 0 ]]; do
    case $1 in
        --year) year=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --as-recorded-at|--as) pass+=("$1" "$2"); shift 2 ;;
        --validate) validate=1; shift ;;
        -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "returns.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
if [[ -z $year ]]; then
    # The last collection year that has ended: before 1 April, the one that ended a year ago last March.
    year=$(date -u +%Y); [[ $(date -u +%m) -lt 4 ]] && year=$((year - 1))
fi
[[ $year =~ ^[0-9]{4}$ ]] || { echo "returns.sh: --year must be a year, as 2026 for 2025/26" >&2; exit 2; }
out=$(realpath -m "${out:-returns/$year}")

source "$root/ops/lib/use-database.sh"
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}

dotnet build src/Journey.Api --configuration Release --nologo -v quiet >&2
for name in cin ssda903 annex-a; do
    echo "returns.sh: $name for $((year - 1))/${year: -2} into $out/$name" >&2
    dotnet run --project src/Journey.Api --configuration Release --no-build --no-launch-profile -- \
        returns "$name" --year "$year" --out "$out/$name" "${pass[@]}"
done

if [[ $validate -eq 1 ]]; then
    exec bash "$root/ops/validate-returns.sh" "$out" --year "$year"
fi
