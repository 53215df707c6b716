#!/usr/bin/env bash
# The studio in a real browser (run by .ci/run after the end-to-end suite; README "Studio"):
# starts `./seedance serve` (api + worker + simulator, in-process Temporal) with two tenants'
# submitter keys, starts the 6-shot example for tenant studio-a and a storyboard for studio-b, then
# drives headless Chromium (Debian's chromium through playwright-core, scripts/ui-check's setup)
# over /studio: sign-in, shots filling in live, the film playing, a reshoot of shot 4, no other
# tenant's storyboard. Screenshots in target/studio/. Bounded: 10 minutes at most.
# Needs: JDK 17, Maven, FFmpeg, curl, node + npm, chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
work=target/studio-run
shots=target/studio
rm -rf "$work" "$shots"
mkdir -p "$work/data" "$shots"
fail() { echo "STUDIO CHECK FAILED: $*" >&2; exit 1; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

# Two tenants' submitter keys; config keeps only their SHA-256 (README "Security").
key_a="studio-a-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
key_b="studio-b-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
sha() { printf '%s' "$1" | sha256sum | cut -d' ' -f1; }
cat >"$work/studio.yml" <<YML
seedance:
  api:
    keys:
      studio-a:
        sha256: $(sha "$key_a")
        tenant: studio-a
        role: submitter
      studio-b:
        sha256: $(sha "$key_b")
        tenant: studio-b
        role: submitter
  tenants:
    studio-a:
      budget-usd: 100
    studio-b:
      budget-usd: 100
YML

server_pid=''
cleanup() { [ -z "$server_pid" ] || { kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; }; }
trap cleanup EXIT
SEEDANCE_PORT=$port SEEDANCE_DATA_DIR="$work/data" SEEDANCE_TEMPORAL_MODE=${STUDIO_TEMPORAL_MODE:-in-process} \
  SIMULATOR_GENERATION_SECONDS=${STUDIO_GENERATION_SECONDS:-8} MICRONAUT_CONFIG_FILES="$work/studio.yml" \
  ./seedance serve >"$work/serve.log" 2>&1 &
server_pid=$!
for i in $(seq 180); do curl -fsS "localhost:$port/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fsS "localhost:$port/health" >/dev/null || { tail -40 "$work/serve.log"; fail "serve did not start"; }

start() { # start <key> <id> <file>
  curl -fsS -X POST "localhost:$port/v1/storyboards?id=$2" -H "Authorization: Bearer $1" \
    -H 'Content-Type: application/yaml' --data-binary "@$3" >/dev/null || fail "could not start $2"
}
start "$key_b" studio-other examples/product-film.yaml
start "$key_a" studio-film examples/product-film.yaml

(cd scripts/ui-check && npm ci --no-audit --no-fund --silent)
NODE_PATH="$PWD/scripts/ui-check/node_modules" timeout 600 node scripts/studio-check/studio-check.js \
  "http://localhost:$port" "$key_a" studio-film studio-other "$shots" || { tail -40 "$work/serve.log"; fail "the browser check"; }
echo "STUDIO OK: screenshots in $shots/"
