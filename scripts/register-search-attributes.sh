#!/bin/sh
# Registers Seedance Runner's search attributes (scripts/search-attributes.txt) on a Temporal
# namespace, after waiting for the server. Idempotent: an attribute that exists with the same type
# is accepted again; one with another type fails the script. POSIX sh, so that it runs in the
# temporalio/admin-tools image (docker-compose.yml) as well as on a developer's machine.
#
#   TEMPORAL_ADDRESS    host:port of the frontend (default 127.0.0.1:7233)
#   TEMPORAL_NAMESPACE  namespace (default "default")
#   CREATE_NAMESPACE    "true": create the namespace first when it does not exist (a fresh cluster)
#   NAMESPACE_RETENTION retention of a created namespace (default 720h = 30 days)
#   TEMPORAL_CLI        the temporal executable (default: temporal on PATH)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
list="${SEARCH_ATTRIBUTES_FILE:-$here/search-attributes.txt}"
address="${TEMPORAL_ADDRESS:-127.0.0.1:7233}"
namespace="${TEMPORAL_NAMESPACE:-default}"
cli="${TEMPORAL_CLI:-temporal}"

# A container may resolve the service name to an IPv6 address the server does not listen on:
# use the IPv4 one when there is one (Temporal's own compose scripts do the same).
host=${address%:*}
port=${address##*:}
if command -v getent >/dev/null 2>&1; then
  ip=$(getent ahostsv4 "$host" 2>/dev/null | awk 'NR==1 {print $1}')
  [ -n "$ip" ] && address="$ip:$port"
fi

tries=0
until "$cli" operator cluster health --address "$address" >/dev/null 2>&1; do
  tries=$((tries + 1))
  if [ "$tries" -ge 60 ]; then
    echo "Temporal at $address did not become healthy in 120 s" >&2
    exit 1
  fi
  sleep 2
done

if [ "${CREATE_NAMESPACE:-false}" = true ]; then
  if ! "$cli" operator namespace describe --namespace "$namespace" --address "$address" >/dev/null 2>&1; then
    "$cli" operator namespace create --namespace "$namespace" --retention "${NAMESPACE_RETENTION:-720h}" \
      --address "$address"
    echo "created namespace $namespace"
  fi
fi

existing=$("$cli" operator search-attribute list --namespace "$namespace" --address "$address" 2>/dev/null || true)
# A namespace just created may take a few seconds to be known to every service: retry.
grep -v '^#' "$list" | while read -r name type; do
  [ -n "$name" ] || continue
  if printf '%s\n' "$existing" | awk -v n="$name" -v t="$type" '$1 == n && $2 == t {found=1} END {exit !found}'; then
    echo "search attribute $name $type already on namespace $namespace"
    continue
  fi
  tries=0
  until "$cli" operator search-attribute create --namespace "$namespace" --name "$name" --type "$type" \
      --address "$address" >/dev/null; do
    tries=$((tries + 1))
    if [ "$tries" -ge 10 ]; then
      echo "could not register search attribute $name ($type) on $namespace at $address" >&2
      exit 1
    fi
    sleep 3
  done
  echo "search attribute $name $type registered on namespace $namespace"
done
