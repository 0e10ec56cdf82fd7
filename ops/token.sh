#!/usr/bin/env bash
# Issues a development JWT for the local API, signed with the development key in
# src/Journey.Api/appsettings.Development.json (or JOURNEY_SIGNING_KEY).
# Usage: ops/token.sh SUBJECT [HOURS]    e.g.  TOKEN=$(ops/token.sh sw.sam.taylor)
# The subject is who the service records as having recorded each event.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
subject=${1:?usage: ops/token.sh SUBJECT [HOURS]}
hours=${2:-8}
key=${JOURNEY_SIGNING_KEY:-$(sed -n 's/.*"SigningKey": *"\([^"]*\)".*/\1/p' "$root/src/Journey.Api/appsettings.Development.json")}
issuer=${JOURNEY_ISSUER:-journey-local}
audience=${JOURNEY_AUDIENCE:-journey-api}
[[ "$subject" =~ ^[A-Za-z0-9._@-]+$ ]] || { echo "token.sh: SUBJECT may hold letters, digits and . _ @ - only" >&2; exit 2; }

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
payload=$(printf '{"sub":"%s","iss":"%s","aud":"%s","iat":%d,"nbf":%d,"exp":%d}' \
  "$subject" "$issuer" "$audience" "$now" "$now" $((now + hours * 3600)) | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$key" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
