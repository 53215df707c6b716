#!/usr/bin/env bash
# Checks that every image docker-compose.yml pulls, and every base image of the Dockerfile it
# builds, exists at its tag, by asking Docker Hub's registry API
# (https://hub.docker.com/v2/repositories/<namespace>/<name>/tags/<tag>: 200 = exists, 404 = not).
# Exits 1 when a tag is missing, 2 when the registry cannot be reached (a network failure is not a
# pass). Needs curl and docker-compose (Debian's package, which brings python3-yaml).
set -euo pipefail
cd "$(dirname "$0")/.."

# Pulled images: services without a build section, after docker-compose resolved anchors and profiles.
mapfile -t pulled < <(docker-compose --profile simulator config | python3 -c '
import sys, yaml
for name, s in sorted(yaml.safe_load(sys.stdin)["services"].items()):
    if "build" not in s:
        print(s["image"])
')
mapfile -t bases < <(sed -n 's/^FROM[[:space:]]\+\([^[:space:]]\+\).*/\1/p' Dockerfile)
[ ${#pulled[@]} -gt 0 ] || { echo "no images found in docker-compose.yml" >&2; exit 1; }

err=$(mktemp)
trap 'rm -f "$err"' EXIT
missing=0
for image in $(printf '%s\n' "${pulled[@]}" "${bases[@]}" | sort -u); do
  name=${image%%:*}
  tag=${image#*:}
  [ "$tag" != "$image" ] || { echo "MISSING TAG  $image: pin a tag" >&2; missing=1; continue; }
  case "$name" in
    */*/*) echo "UNSUPPORTED  $image: only Docker Hub images are checked" >&2; missing=1; continue ;;
    */*) repo=$name ;;
    *) repo=library/$name ;;
  esac
  url="https://hub.docker.com/v2/repositories/$repo/tags/$tag"
  code=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 20 --retry 3 --retry-connrefused "$url" 2>"$err") \
    || { echo "NETWORK      cannot reach Docker Hub for $image: $(tail -1 "$err")" >&2; exit 2; }
  case "$code" in
    200) echo "ok           $image" ;;
    404) echo "NOT FOUND    $image ($url)" >&2; missing=1 ;;
    *) echo "NETWORK      Docker Hub answered HTTP $code for $image ($url)" >&2; exit 2 ;;
  esac
done
exit $missing
