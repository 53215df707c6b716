#!/bin/sh
# Creates Temporal's two PostgreSQL databases and applies their schemas (docker-compose.yml runs it
# once per `up`, in the temporalio/admin-tools image, before the server starts). Idempotent: an
# existing database or schema is kept, and update-schema applies only the missing versions, so a
# newer admin-tools image upgrades the schema. Commands as in Temporal's reference compose
# (temporalio/samples-server, compose/scripts/setup-postgres.sh).
#   POSTGRES_SEEDS (postgresql), DB_PORT (5432), POSTGRES_USER (temporal), SQL_PASSWORD
set -eu
host="${POSTGRES_SEEDS:-postgresql}"
port="${DB_PORT:-5432}"
user="${POSTGRES_USER:-temporal}"
schemas=/etc/temporal/schema/postgresql/v12

tries=0
until nc -z -w 2 "$host" "$port"; do
  tries=$((tries + 1))
  [ "$tries" -lt 60 ] || { echo "PostgreSQL at $host:$port is unreachable" >&2; exit 1; }
  sleep 2
done

for pair in temporal:temporal temporal_visibility:visibility; do
  db=${pair%%:*}
  dir=${pair##*:}
  sql() { temporal-sql-tool --plugin postgres12 --ep "$host" -p "$port" -u "$user" --db "$db" "$@"; }
  sql create >/dev/null 2>&1 || echo "database $db exists"
  sql setup-schema -v 0.0 >/dev/null 2>&1 || echo "schema of $db already set up"
  sql update-schema -d "$schemas/$dir/versioned"
done
echo "Temporal schemas are up to date"
