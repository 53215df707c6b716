#!/usr/bin/env bash
# Runs a Temporal dev server for operators and developers: persistent (SQLite db file), with
# Temporal UI, and with Seedance Runner's search attributes from scripts/search-attributes.txt.
# Installs the Temporal CLI first when it is missing (scripts/temporal-cli.sh). Runs until stopped
# (Ctrl-C or SIGTERM); extra arguments go to `temporal server start-dev`.
#
#   scripts/dev-server.sh [db-file]        default data/temporal.db
#   TEMPORAL_PORT=7233 TEMPORAL_UI_PORT=8233 scripts/dev-server.sh
#
# Then run the runner against it: TEMPORAL_ADDRESS=127.0.0.1:7233 ./seedance serve
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cli=$("$here/temporal-cli.sh" | sed -n 's/^temporal CLI: //p' | tail -1)
[ -x "$cli" ] || { echo "no temporal CLI found after scripts/temporal-cli.sh" >&2; exit 1; }

db="${1:-data/temporal.db}"
[ $# -gt 0 ] && shift
port="${TEMPORAL_PORT:-7233}"
ui_port="${TEMPORAL_UI_PORT:-8233}"
mkdir -p "$(dirname "$db")"

attributes=()
while read -r name type; do
  [ -n "$name" ] && attributes+=(--search-attribute "$name=$type")
done < <(grep -v '^#' "$here/search-attributes.txt")

"$cli" server start-dev --db-filename "$db" --port "$port" --ui-port "$ui_port" "${attributes[@]}" "$@" &
server=$!
trap 'kill -TERM "$server" 2>/dev/null; wait "$server"; exit 0' INT TERM

# start-dev registers --search-attribute only when it creates the db file: register what an
# existing file lacks (docs/build.md).
if ! TEMPORAL_ADDRESS="127.0.0.1:$port" TEMPORAL_CLI="$cli" "$here/register-search-attributes.sh" >/dev/null; then
  kill -TERM "$server" 2>/dev/null
  wait "$server" || true
  exit 1
fi
echo "Temporal dev server at 127.0.0.1:$port · UI http://localhost:$ui_port · db $db · search attributes registered"
wait "$server"
