#!/usr/bin/env bash
# ops/validate-returns.sh — runs the open validators English authorities use on the returns ops/returns.sh wrote
# (docs/returns.md "The validators"): Data to Insight's CIN census validator on DIR/cin/*.xml, its SSDA903
# validator on DIR/ssda903, and liia-tools' Annex A checks on DIR/annex-a/*.xlsx.
#
#   ops/validate-returns.sh DIR [--year 2026] [--la ONS-CODE] [--install-only]
#
#   --year          the collection year by the year it ends (default: the name of DIR when it is a year)
#   --la            the authority's ONS code, from which the 903 validator tells placements in and out of area
#                   (default: JOURNEY_AUTHORITY_ONS, else the demo's Sandwell, E08000028)
#   --install-only  find the validators and install their Debian packages, then stop (what ops/test.sh does)
#
# Prints each validator's summary and a last line "returns: N errors, N queries, N findings of the validators' own
# limits"; exits 1 when any validator reports an error (CIN queries, the codes ending in Q, are listed but are not
# errors, nor are the known limits named below), 2 when one could not run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

dir="" year="" la=${JOURNEY_AUTHORITY_ONS:-E08000028} install_only=0
while [[ $# -gt 0 ]]; do
    case $1 in
        --year) year=$2; shift 2 ;;
        --la) la=$2; shift 2 ;;
        --install-only) install_only=1; shift ;;
        -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "validate-returns.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
        *) dir=$1; shift ;;
    esac
done

source "$root/ops/lib/returns-validators.sh"
[[ $install_only -eq 1 ]] && { echo "validate-returns.sh: validators ready in $JOURNEY_RETURNS_VALIDATORS" >&2; exit 0; }

[[ -n $dir && -d $dir ]] || { echo "validate-returns.sh: give the folder ops/returns.sh wrote (see --help)" >&2; exit 2; }
if [[ -z $year ]]; then
    year=$(basename "$dir")
    [[ $year =~ ^[0-9]{4}$ ]] || { echo "validate-returns.sh: --year is needed (the folder's name is not a year)" >&2; exit 2; }
fi

# Findings that come from the validators' own limits, not from the return (docs/returns.md, "The validators"): counted
# and shown apart from errors. liia-tools' Annex A spec (2024) accepts only NIR, WAL, SCO, NUK and CON in List 8's
# "LA of Placement" (its README: "any English LA name is a FORMAT error"), where Ofsted's template names the authority.
known_limits='FORMAT:List 8:LA of Placement'

errors=0 queries=0 limits=0 failed=0
json=$(mktemp); trap 'rm -f "$json"' EXIT
count() { # what the JSON names: issues of kind error (not a known limit), of kind query, or known limits
    /usr/bin/python3 - "$json" "$1" "$known_limits" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
issues = data.get("issues", [])
what, limits = sys.argv[2], set(sys.argv[3].split("|"))
def kind(i):
    return "limit" if i.get("code") in limits else (i.get("kind") or "error")
print(sum(int(i.get("count", 1)) for i in issues if kind(i) == what))
PY
}
run() { # NAME SCRIPT ARGS...: prints the summary, adds its errors and queries
    local name=$1 status=0; shift
    echo "== $name" >&2
    "$@" --json "$json" >&2 || status=$?
    if [[ $status -gt 1 ]]; then
        echo "validate-returns.sh: the $name validator could not run (exit $status)" >&2
        failed=1; return
    fi
    errors=$((errors + $(count error))); queries=$((queries + $(count query))); limits=$((limits + $(count limit)))
}

cin=$(find "$dir/cin" -maxdepth 1 -name '*.xml' 2>/dev/null | head -n 1)
annexa=$(find "$dir/annex-a" -maxdepth 1 -name '*.xlsx' 2>/dev/null | head -n 1)
[[ -n $cin ]] || { echo "validate-returns.sh: no CIN census XML in $dir/cin" >&2; failed=1; }
[[ -d $dir/ssda903 ]] || { echo "validate-returns.sh: no SSDA903 folder $dir/ssda903" >&2; failed=1; }
[[ -n $annexa ]] || { echo "validate-returns.sh: no Annex A workbook in $dir/annex-a" >&2; failed=1; }

[[ -n $cin ]] && run "CIN census" bash "$JOURNEY_RETURNS_VALIDATORS/validate-cin.sh" "$cin" --year "$year"
[[ -d $dir/ssda903 ]] && run "SSDA903" bash "$JOURNEY_RETURNS_VALIDATORS/validate-903.sh" "$dir/ssda903" --year "$year" --la "$la"
[[ -n $annexa ]] && run "Annex A" bash "$JOURNEY_RETURNS_VALIDATORS/validate-annexa.sh" "$annexa"

summary="returns: $errors errors, $queries queries"
[[ $limits -eq 0 ]] || summary+=", $limits findings of the validators' own limits ($known_limits)"
echo "$summary"
[[ $failed -eq 0 ]] || exit 2
[[ $errors -eq 0 ]] || exit 1
