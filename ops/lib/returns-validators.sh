# Sourced by ops/test.sh and ops/validate-returns.sh: finds the open validators English authorities run on
# their statutory returns (Data to Insight's CIN census and SSDA903 validators, liia-tools' Annex A checks;
# docs/returns.md "The validators"), installs the Debian packages they need when they are missing, and
# exports JOURNEY_RETURNS_VALIDATORS, the folder the integration tests and ops/validate-returns.sh run them from.
#
# Where they are, the first that exists:
#   1. JOURNEY_RETURNS_VALIDATORS;
#   2. ../shared/tools/returns-validators beside the repository;
#   3. the same beside the repository this one was cloned from (a clone of a local checkout names it as its
#      origin), or beside the main checkout of a git worktree;
#   4. shared/tools/returns-validators in a folder above any of those.
# Not found is an error, not a skip: the validators are the returns' independent oracle.

returns_validators_locate() {
    local candidate origin common
    local -a candidates=()
    [[ -n ${JOURNEY_RETURNS_VALIDATORS:-} ]] && candidates+=("$JOURNEY_RETURNS_VALIDATORS")
    candidates+=("$root/../shared/tools/returns-validators")
    origin=$(git -C "$root" remote get-url origin 2>/dev/null || true)
    origin=${origin#file://}
    [[ $origin == /* ]] && candidates+=("$origin/../shared/tools/returns-validators")
    common=$(git -C "$root" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)
    [[ -n $common ]] && candidates+=("$(dirname "$common")/../shared/tools/returns-validators")
    local start dir
    for start in "$root" "$origin" "${common:+$(dirname "$common")}"; do
        [[ $start == /* ]] || continue
        dir=$(dirname "$start")
        while [[ $dir != / ]]; do
            candidates+=("$dir/shared/tools/returns-validators")
            dir=$(dirname "$dir")
        done
    done
    for candidate in "${candidates[@]}"; do
        if [[ -x $candidate/validate-cin.sh && -x $candidate/validate-903.sh && -x $candidate/validate-annexa.sh ]]; then
            JOURNEY_RETURNS_VALIDATORS=$(cd "$candidate" && pwd)
            export JOURNEY_RETURNS_VALIDATORS
            return 0
        fi
    done
    printf 'returns validators not found (looked in: %s); set JOURNEY_RETURNS_VALIDATORS to their folder\n' "${candidates[*]}" >&2
    return 1
}

# The validators run Debian's /usr/bin/python3 with Debian's pandas, numpy, openpyxl, msgpack, brotli, yaml and
# more-itertools (their README, "Install"). Installed with their own install.sh when an import fails, as
# ops/db.sh installs PostgreSQL.
returns_validators_ensure_installed() {
    local python=${ORACLE_PYTHON:-/usr/bin/python3}
    if [[ -x $python ]] && "$python" -c 'import pandas, numpy, openpyxl, msgpack, brotli, yaml, more_itertools' 2>/dev/null; then
        return 0
    fi
    local -a sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null 2>&1 || {
            printf 'the returns validators need Debian packages (%s/install.sh), and I am neither root nor have sudo\n' "$JOURNEY_RETURNS_VALIDATORS" >&2
            return 1
        }
        sudo=(sudo)
    fi
    printf 'installing the returns validators'"'"' Debian packages (%s/install.sh)\n' "$JOURNEY_RETURNS_VALIDATORS" >&2
    "${sudo[@]}" bash "$JOURNEY_RETURNS_VALIDATORS/install.sh" >&2
}

returns_validators_locate && returns_validators_ensure_installed
