#!/usr/bin/env bash
# ops/snapshot.sh — what a store gives, captured and compared (decisions 128 to 131; docs/operations.md, "Equality checks").
#
#   ops/snapshot.sh take FILE [--exact] [--catch-up] [--key-file F]   snapshot the store JOURNEY_DB names (else the private cluster)
#   ops/snapshot.sh compare A B [--keys N]             part by part: equal, or the first keys of the rows that differ
#   ops/snapshot.sh rebuild-check [DIR]                exact snapshot, rebuild, exact snapshot, compare, with the time of each
#
# take: every projection and reference table and every view of the journey schema (row count, a hash of its rows in
# primary key order and a keyed digest per row), the measures functions at one instant and the KPI pack of every month
# the store covers, both views, every team and the authority (decisions 128 to 131, 135, 136).
# Without --exact the columns that differ by nature between two loads of the same input (instants the server stamps,
# sequence numbers; recorded instants are kept when every event was imported) are left out, so two stores loaded alike
# compare equal; --exact hashes them too, for one store before and after. --catch-up first lets the async projections process every stored event (a store loaded by the
# `demo` or `import` commands alone has had no daemon run). Row digests are HMAC-SHA256 under JOURNEY_SNAPSHOT_KEY (or
# --key-file), the same for both files compared and never written to them. The file holds children's ids (the rows'
# keys): keep it as the `verify --heads` file is kept, and the key apart from it.
# compare and rebuild-check exit non-zero on any difference. rebuild-check keeps its two files in DIR (default a new
# temporary directory) and says where.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

usage() {
    sed -n '4,6p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}
[[ $# -ge 1 ]] || usage
action=$1
shift

source "$root/ops/lib/use-database.sh"
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
dotnet build src/Journey.Api --configuration Release -nologo -v quiet >&2
api_dir=$root/src/Journey.Api/bin/Release/net10.0
# The command runs in its build directory, so a relative file name is made absolute first.
absolute() { [[ $1 == /* ]] && printf '%s' "$1" || printf '%s/%s' "$PWD" "$1"; }
api() { (cd "$api_dir" && dotnet Journey.Api.dll "$@"); }
seconds() { date +%s.%N; }
took() { awk -v a="$1" -v b="$(seconds)" 'BEGIN { printf "%.1f", b - a }'; }

case $action in
take)
    [[ $# -ge 1 ]] || usage
    file=$(absolute "$1")
    shift
    api snapshot "$file" "$@"
    ;;
compare)
    [[ $# -ge 2 ]] || usage
    a=$(absolute "$1")
    b=$(absolute "$2")
    shift 2
    api snapshot-compare "$a" "$b" "$@"
    ;;
rebuild-check)
    # One run takes both snapshots: a key made for it serves, unless one is given.
    export JOURNEY_SNAPSHOT_KEY=${JOURNEY_SNAPSHOT_KEY:-$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')}
    dir=$(absolute "${1:-$(mktemp -d -t journey-snapshot.XXXXXX)}")
    mkdir -p "$dir"
    start=$(seconds)
    api snapshot "$dir/before.json" --exact --catch-up
    echo "snapshot before: $(took "$start") s" >&2
    start=$(seconds)
    api rebuild
    echo "rebuild: $(took "$start") s" >&2
    start=$(seconds)
    api snapshot "$dir/after.json" --exact
    echo "snapshot after: $(took "$start") s" >&2
    start=$(seconds)
    status=0
    api snapshot-compare "$dir/before.json" "$dir/after.json" || status=$?
    echo "compare: $(took "$start") s; the snapshots are in $dir" >&2
    exit "$status"
    ;;
*) usage ;;
esac
