#!/usr/bin/env bash
# Checks that every image docker-compose.yml pulls, and every base image of the Dockerfile it
# builds, exists at its tag, by asking Docker Hub's registry API
# (https://hub.docker.com/v2/repositories/<namespace>/<name>/tags/<tag>: 200 = exists, 404 = not).
# Every image must also be listed in scripts/images.lock with the public evidence that its tag
# exists. When Docker Hub cannot be reached at all (no answer to a first probe), the lock is the
# check: the script says OFFLINE for each image and passes only if all are listed. Exits 1 when a
# tag is missing (at Docker Hub, or from the lock), 2 when Docker Hub answered the probe but then
# failed mid-way. Needs curl and docker-compose (Debian's package, which brings python3-yaml).
set -euo pipefail
cd "$(dirname "$0")/.."

# Pulled images: services without a build section, after docker-compose resolved anchors and profiles.
mapfile -t pulled < <(docker-compose --profile simulator --profile metrics config | python3 -c '
import sys, yaml
for name, s in sorted(yaml.safe_load(sys.stdin)["services"].items()):
    if "build" not in s:
        print(s["image"])
')
# Base images of the Dockerfile, without its own stages (FROM runtime AS production).
stages=$(sed -n 's/^FROM.*[[:space:]][Aa][Ss][[:space:]]\+\([^[:space:]]\+\).*/\1/p' Dockerfile)
mapfile -t bases < <(sed -n 's/^FROM[[:space:]]\+\([^[:space:]]\+\).*/\1/p' Dockerfile | grep -vxF "$stages")
[ ${#pulled[@]} -gt 0 ] || { echo "no images found in docker-compose.yml" >&2; exit 1; }

err=$(mktemp)
trap 'rm -f "$err"' EXIT
missing=0
images=$(printf '%s\n' "${pulled[@]}" "${bases[@]}" | sort -u)
for image in $images; do
  grep -q "^$image[[:space:]]" scripts/images.lock \
    || { echo "NOT IN LOCK  $image: add it to scripts/images.lock with where its tag is shown" >&2; missing=1; }
done
if ! curl -sS -o /dev/null --max-time 15 https://hub.docker.com/v2/ 2>"$err"; then
  echo "Docker Hub cannot be reached ($(tail -1 "$err")): checking against scripts/images.lock" >&2
  for image in $images; do
    line=$(grep "^$image[[:space:]]" scripts/images.lock || true)
    [ -z "$line" ] || echo "OFFLINE ok   $image  (${line#"$image"})" | tr -s ' '
  done
  exit $missing
fi
for image in $images; do
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
