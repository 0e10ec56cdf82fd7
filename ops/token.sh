#!/usr/bin/env bash
# Issues a development JWT for the local API, signed with the development key in
# src/Journey.Api/appsettings.Development.json (or JOURNEY_SIGNING_KEY).
# Usage: ops/token.sh SUBJECT [ROLE ...] [--team TEAM ...]
#   TOKEN=$(ops/token.sh sw.sam.taylor practitioner --team "Child Protection Team South")
#   TOKEN=$(ops/token.sh tm.priya.shah team-manager --team "Assessment Team North" --team "Child Protection Team South")
#   TOKEN=$(ops/token.sh mash.worker.amy practitioner --team MASH)   # the front door: children no team holds yet
#   TOKEN=$(ops/token.sh chair.kate reviewing-officer)
#   TOKEN=$(ops/token.sh analyst.kim analyst)
#   TOKEN=$(ops/token.sh auditor.ann auditor)
#   TOKEN=$(ops/token.sh ops.admin administrator)
#   TOKEN=$(ops/token.sh migration.officer importer)
#   TOKEN=$(ops/token.sh returns.officer.rae returns-officer)   # the statutory returns (CIN census, SSDA903, Annex A)
# The subject is who the service records as having recorded each event. Roles: practitioner,
# team-manager, reviewing-officer, personal-adviser, analyst, auditor, administrator, importer, returns-officer
# (docs/api.md, "Who may call what"). Each --team adds a "team" claim: the children whose case that
# team holds (as allocations name it). The token lasts JOURNEY_TOKEN_MINUTES minutes (default 60): the
# service refuses a token whose lifetime is over Journey:Auth:MaxTokenLifetime (1 hour unless set; decision 65).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
subject=${1:?usage: ops/token.sh SUBJECT [ROLE ...] [--team TEAM ...]}
shift
minutes=${JOURNEY_TOKEN_MINUTES:-60}
[[ "$minutes" =~ ^[1-9][0-9]*$ ]] || { echo "token.sh: JOURNEY_TOKEN_MINUTES must be a whole number of minutes" >&2; exit 2; }
key=${JOURNEY_SIGNING_KEY:-$(sed -n 's/.*"SigningKey": *"\([^"]*\)".*/\1/p' "$root/src/Journey.Api/appsettings.Development.json")}
issuer=${JOURNEY_ISSUER:-journey-local}
audience=${JOURNEY_AUDIENCE:-journey-api}
known_roles=" practitioner team-manager reviewing-officer personal-adviser analyst auditor administrator importer returns-officer "
[[ "$subject" =~ ^[A-Za-z0-9._@-]+$ ]] || { echo "token.sh: SUBJECT may hold letters, digits and . _ @ - only" >&2; exit 2; }
roles=""
teams=""
while (($#)); do
  case "$1" in
    --team)
      team=${2:?token.sh: --team needs a team name}
      [[ "$team" =~ ^[A-Za-z0-9\ ._\'\&-]+$ ]] || { echo "token.sh: TEAM may hold letters, digits, spaces and . _ ' & - only" >&2; exit 2; }
      teams+="${teams:+,}\"$team\""
      shift 2 ;;
    *)
      [[ "$known_roles" == *" $1 "* ]] || { echo "token.sh: unknown role '$1' (roles:$known_roles)" >&2; exit 2; }
      roles+="${roles:+,}\"$1\""
      shift ;;
  esac
done

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
payload=$(printf '{"sub":"%s","iss":"%s","aud":"%s","iat":%d,"nbf":%d,"exp":%d%s%s}' \
  "$subject" "$issuer" "$audience" "$now" "$now" $((now + minutes * 60)) "${roles:+,\"role\":[$roles]}" "${teams:+,\"team\":[$teams]}" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$key" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
