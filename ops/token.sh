#!/usr/bin/env bash
# Issues a development JWT for the local API, signed with the development key in
# src/Journey.Api/appsettings.Development.json (or JOURNEY_SIGNING_KEY).
# Usage: ops/token.sh SUBJECT [ROLE ...]    e.g.  TOKEN=$(ops/token.sh sw.sam.taylor)
#                                                 TOKEN=$(ops/token.sh migration.officer importer)
# The subject is who the service records as having recorded each event. Roles: "importer" may use
# POST /api/import. The token lasts JOURNEY_TOKEN_HOURS hours (default 8).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
subject=${1:?usage: ops/token.sh SUBJECT [ROLE ...]}
shift
hours=${JOURNEY_TOKEN_HOURS:-8}
key=${JOURNEY_SIGNING_KEY:-$(sed -n 's/.*"SigningKey": *"\([^"]*\)".*/\1/p' "$root/src/Journey.Api/appsettings.Development.json")}
issuer=${JOURNEY_ISSUER:-journey-local}
audience=${JOURNEY_AUDIENCE:-journey-api}
[[ "$subject" =~ ^[A-Za-z0-9._@-]+$ ]] || { echo "token.sh: SUBJECT may hold letters, digits and . _ @ - only" >&2; exit 2; }
roles=""
for role in "$@"; do
  [[ "$role" =~ ^[a-z-]+$ ]] || { echo "token.sh: ROLE may hold lower-case letters and - only" >&2; exit 2; }
  roles+="${roles:+,}\"$role\""
done

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
payload=$(printf '{"sub":"%s","iss":"%s","aud":"%s","iat":%d,"nbf":%d,"exp":%d%s}' \
  "$subject" "$issuer" "$audience" "$now" "$now" $((now + hours * 3600)) "${roles:+,\"role\":[$roles]}" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$key" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
