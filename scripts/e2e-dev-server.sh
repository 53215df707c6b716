#!/usr/bin/env bash
# End-to-end against a real Temporal dev server (run by .ci/run after the tests):
#
#  1. starts the dev server (scripts/dev-server.sh: db file + search attributes), the api with the
#     simulator (one `./seedance serve`), and a worker (another, as in docker-compose.yml);
#  2. posts a clip, a clip that fails at the provider, a clip whose submit answer is lost
#     (UNKNOWN_SUBMIT), and a 3-shot storyboard;
#  3. while they run, runs the "running" queries of docs/operations.md;
#  4. stops the dev server and kills the worker in the middle of the clip, starts both again (same
#     db file), adopts the lost task, and waits for every job to end as expected;
#  5. runs the "done" queries of docs/operations.md: every labelled query of the doc must run here
#     and return the jobs expected;
#  6. opens the finished clip in Temporal UI with headless Chromium (scripts/ui-check) and keeps
#     the screenshots in target/ui/.
#
# Needs: the temporal CLI (scripts/temporal-cli.sh), JDK + Maven (./seedance builds the jar when
# stale), curl, jq, python3, node + npm, chromium. Logs in target/e2e/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=target/e2e
ui_dir=target/ui
rm -rf "$work" "$ui_dir"
mkdir -p "$work/data"

fail() { echo "E2E FAILED: $*" >&2; exit 1; }
step() { echo "== e2e: $*"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pick_port() { if port_taken "$1"; then free_port; else echo "$1"; fi; }

temporal_port=$(pick_port "${E2E_TEMPORAL_PORT:-7233}")
ui_port=$(pick_port "${E2E_UI_PORT:-8233}")
api_port=$(free_port)
worker_port=$(free_port)
export TEMPORAL_ADDRESS="127.0.0.1:$temporal_port"
secret="e2e-webhook-token-secret-$(date +%s)"
cli=$(scripts/temporal-cli.sh | sed -n 's/^temporal CLI: //p' | tail -1)
[ -x "$cli" ] || fail "no temporal CLI"
export PATH="$(dirname "$cli"):$PATH"

dev_pid='' api_pid='' worker_pid=''
stop() { # stop <pid> [signal]: ends a process this script started, and waits for it
  [ -n "$1" ] || return 0
  kill "-${2:-TERM}" "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
cleanup() {
  stop "$worker_pid"; stop "$api_pid"; stop "$dev_pid"
}
trap cleanup EXIT

await() { # await <seconds> <what> <command...>: retries the command every second
  local seconds=$1 what=$2 i; shift 2
  for ((i = 0; i < seconds; i++)); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  fail "$what did not happen within ${seconds}s"
}

start_dev_server() { # start_dev_server <n>: the same db file every time, log dev-server-<n>.log
  local log="$work/dev-server-$1.log"
  TEMPORAL_PORT=$temporal_port TEMPORAL_UI_PORT=$ui_port \
    scripts/dev-server.sh "$work/temporal.db" --log-level warn >"$log" 2>&1 &
  dev_pid=$!
  await 60 "dev server start" grep -q "search attributes registered" "$log"
}

# The runner's processes, as docker-compose.yml runs them (deploy/seedance.yml points the
# simulator accounts at the simulator). The seedanceapi account gives up on a submit after 3 s,
# so the simulator's held-back answer makes that submit ambiguous.
cat >"$work/worker.yml" <<'EOF'
seedance:
  providers:
    sim-seedanceapi:
      submit-timeout: 3s
EOF
# One config file for both processes holds the webhook token secret and the public base URL: the
# runner must honour a config file's values (Micronaut's order: -D, env, config files, defaults), or
# the api would refuse the worker's webhook tokens and no webhook would reach a job.
cat >"$work/shared.yml" <<EOF
seedance:
  public-base-url: http://localhost:$api_port
  webhook-token-secret: $secret
EOF
# Tasks take 45 s at the simulator: time to restart the dev server and the worker while the clip waits.
start_api() {
  SEEDANCE_PORT=$api_port SEEDANCE_WORKER_ENABLED=false SEEDANCE_DATA_DIR="$work/data" \
    SIMULATOR_GENERATION_SECONDS=45 MICRONAUT_CONFIG_FILES="$work/shared.yml" \
    ./seedance serve >>"$work/api.log" 2>&1 &
  api_pid=$!
  await 120 "api start" curl -fsS "localhost:$api_port/health"
}
start_worker() {
  SEEDANCE_PORT=$worker_port SEEDANCE_API_ENABLED=false SIMULATOR_ENABLED=false SEEDANCE_DATA_DIR="$work/data" \
    SIMULATOR_URL="http://localhost:$api_port" \
    MICRONAUT_CONFIG_FILES="deploy/seedance.yml,$work/shared.yml,$work/worker.yml" \
    ./seedance serve >>"$work/worker.log" 2>&1 &
  worker_pid=$!
  await 120 "worker start" curl -fsS "localhost:$worker_port/health"
}

# Every api route but health and webhooks needs a credential: the local operator key serve made.
api() { curl -fsS -H "Authorization: Bearer $(cat "$work/data/local-operator.key")" "$@"; }
post_job() { # post_job <idempotency key> <json>: prints the job id
  api -X POST "localhost:$api_port/v1/generations" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: $1-$secret" -d "$2" | jq -r .jobId
}
status_of() { api "localhost:$api_port/v1/generations/$1" | jq -r .status; }
job_is() { [ "$(status_of "$1")" = "$2" ]; }
job_ended() { # the workflow has closed (COMPLETED, FAILED, ...)
  api "localhost:$api_port/v1/generations/$1" | jq -e '.workflowState != null and .workflowState != "RUNNING"' >/dev/null
}

# --- the queries of docs/operations.md --------------------------------------------------------
# Each labelled command of the doc (`# (e2e: label)`) is run as written, with the variables the doc
# asks operators to set. An expectation is a bash test over $out, the command's output.
declare -A expect when
doc_queries() {
  awk '/^```sh/ {b=1; next} /^```/ {b=0} b && /^temporal workflow / && /# \(e2e: [a-z-]+\)$/ {print}' docs/operations.md
}
run_query() { # run_query <label>: runs the doc's command, retrying while visibility catches up
  local label=$1 cmd out='' i
  cmd=$(doc_queries | grep -F "# (e2e: $label)") || fail "docs/operations.md has no query labelled $label"
  for ((i = 0; i < 20; i++)); do
    out=$(bash -c "$cmd" 2>&1) || true
    if eval "${expect[$label]}"; then
      echo "   ok  $label"
      return 0
    fi
    sleep 1
  done
  printf '%s\n' "$cmd" "$out" >&2
  fail "query $label did not return what was expected (${expect[$label]})"
}
checkpoint() { # checkpoint <running|done>: runs every query due at that point
  for label in "${!when[@]}"; do
    [ "${when[$label]}" = "$1" ] && run_query "$label"
  done
  return 0
}
has() { grep -qF "$1" <<<"$out"; }

# --- storyboards (issue 5) ---------------------------------------------------------------------
# A 3-shot storyboard (cut, continue, cut) runs beside the clips and through the restart. Once its
# film is ready, $storyboard_cost is the USD its shots cost as the api reports it; the doc's
# cost-per-storyboard query must sum the shots' SeedanceCostUsd to the same figure.
start_storyboard() {
  storyboard="e2e-sb-$(date +%s)"
  storyboard_cost=''
  api -X POST "localhost:$api_port/v1/storyboards?id=$storyboard" -H 'Content-Type: application/yaml' \
    --data-binary @- >/dev/null <<'YAML'
title: e2e lighthouse
defaults: {provider: sim-open-api, model: seedance-2.0, resolution: 720p, aspectRatio: "16:9", durationSeconds: 4}
maxParallelShots: 3
shots:
  - prompt: A lighthouse at dusk, slow push in
  - prompt: The lamp turns on and sweeps the sea
    continuity: continue
  - prompt: A fishing boat comes home through the fog
YAML
}
storyboard_status() { api "localhost:$api_port/v1/storyboards/$storyboard" | jq -r .status; }
storyboard_is() { [ "$(storyboard_status)" = "$1" ]; }
close_to() { awk -v a="$1" -v b="$2" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(b > 0 && d < 0.000001) }'; }

# --- run ---------------------------------------------------------------------------------------
step "building the runner when stale"
./seedance --version >/dev/null

step "dev server on $TEMPORAL_ADDRESS (UI $ui_port), api + simulator on $api_port, worker on $worker_port"
start_dev_server 1
start_api
start_worker

step "posting jobs"
api -X POST "localhost:$api_port/sim/admin/faults" -d '{"dialect":"seedanceapi","slowSubmits":1,"slowSubmitSeconds":8}' >/dev/null
clip=$(post_job clip "$(cat examples/mountains-at-sunrise.json)")
stuck=$(post_job stuck "$(cat examples/river-with-audio-seedanceapi.json)")
failed=$(post_job failed '{"provider":"sim-open-api","prompt":"A shot the provider refuses [sim:fail]"}')
start_storyboard
echo "   clip $clip · lost submit $stuck · failing $failed · storyboard $storyboard"
await 60 "clip WAITING" job_is "$clip" WAITING
await 60 "lost submit UNKNOWN_SUBMIT" job_is "$stuck" UNKNOWN_SUBMIT

export provider=sim-open-api storyboard
export since recent task
since=$(date -u -d '+1 min' +%Y-%m-%dT%H:%M:%SZ)   # every running job counts as "waiting for long"
recent=$(date -u -d '-10 min' +%Y-%m-%dT%H:%M:%SZ)
task=$(api "localhost:$api_port/v1/generations/$clip" | jq -r .providerTaskId)
expect[unknown-submit]='has "$stuck" && ! has "$clip"'; when[unknown-submit]=running
expect[waiting]='has "$clip" && ! has "$stuck"'; when[waiting]=running
expect[waiting-long]='has "$clip" && ! has "$stuck"'; when[waiting-long]=running
expect[provider-task]='has "$clip" && ! has "$failed"'; when[provider-task]=running
expect[succeeded]='has "$clip" && has "$stuck" && ! has "$failed"'; when[succeeded]=done
expect[failed-by-provider]='has "$failed" && ! has "$clip" && ! has "$stuck"'; when[failed-by-provider]=done
expect[failing-providers]='[ "$(tr -s " " <<<"$out" | sed "s/^ //")" = "1 sim-open-api" ]'; when[failing-providers]=done
expect[cost-per-storyboard]='close_to "$out" "$storyboard_cost"'; when[cost-per-storyboard]=done
expect[storyboard-cost]='has "$storyboard" && has "FILM_READY"'; when[storyboard-cost]=done
unlabelled=$(awk '/^```sh/ {b=1; next} /^```/ {b=0} b && /^temporal workflow / && !/# \(e2e: [a-z-]+\)$/ {print}' docs/operations.md)
[ -z "$unlabelled" ] || fail "docs/operations.md has queries without an (e2e: label): $unlabelled"
for label in $(doc_queries | sed 's/.*# (e2e: \([a-z-]*\))$/\1/'); do
  [ -n "${expect[$label]:-}" ] || fail "docs/operations.md query $label has no expectation in this script"
done

step "queries while the jobs run"
checkpoint running

step "stopping the dev server and killing the worker mid-job"
job_is "$clip" WAITING || fail "the clip is no longer WAITING before the restart: $(status_of "$clip")"
stop "$worker_pid" KILL; worker_pid=''
stop "$dev_pid"; dev_pid=''
sleep 3
step "starting them again on the same db file"
start_dev_server 2
start_worker

step "adopting the lost submit's task"
lost_task=$(api "localhost:$api_port/sim/admin/tasks?dialect=seedanceapi" | jq -r '.tasks[-1].id // empty')
[ -n "$lost_task" ] || fail "the simulator holds no seedanceapi task for the lost submit"
api -X POST "localhost:$api_port/v1/generations/$stuck/adopt-task" -H 'Content-Type: application/json' -d "{\"providerTaskId\":\"$lost_task\"}" >/dev/null

step "waiting for the jobs to end"
await 240 "clip closed" job_ended "$clip"
await 240 "lost submit closed" job_ended "$stuck"
await 120 "failing job closed" job_ended "$failed"
[ "$(status_of "$clip")" = SUCCEEDED ] || fail "clip ended $(status_of "$clip")"
[ "$(status_of "$stuck")" = SUCCEEDED ] || fail "adopted job ended $(status_of "$stuck")"
[ "$(status_of "$failed")" = FAILED ] || fail "failing job ended $(status_of "$failed")"
mp4=$(api "localhost:$api_port/v1/generations/$clip" | jq -r .result.video.path)
[ -s "$mp4" ] || fail "the clip's MP4 $mp4 is missing"
echo "   clip SUCCEEDED after the restart: $mp4"
# The webhook token the worker derived (from the shared config file's secret) is the api's too.
grep -q "webhook for job $clip signalled" "$work/api.log" \
  || fail "no webhook reached job $clip: api and worker disagree on the config file's webhook-token-secret?"
echo "   a webhook reached job $clip (api and worker share the config file's webhook secret)"
await 300 "storyboard film ready" storyboard_is FILM_READY
sb=$(api "localhost:$api_port/v1/storyboards/$storyboard")
film=$(jq -r .film.path <<<"$sb")
storyboard_cost=$(jq -r .costUsd <<<"$sb")
[ -s "$film" ] || fail "the storyboard's film $film is missing"
[ "$(jq '[.shots[] | select(.phase == "SUCCEEDED")] | length' <<<"$sb")" = 3 ] || fail "not every shot succeeded: $sb"
film_seconds=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$film")
awk -v d="$film_seconds" 'BEGIN { exit !(d > 11.7 && d < 12.3) }' || fail "the film lasts ${film_seconds}s, not 3 x 4 s"
echo "   storyboard FILM_READY after the restart: $film (${film_seconds}s, $storyboard_cost USD)"

step "queries once the jobs ended"
checkpoint done

step "Temporal UI shows the finished clip"
summary=$("$cli" workflow describe --workflow-id "$clip" -o json | jq -r .executionConfig.userMetadata.summary)
[ "$summary" = "8 s 720p 16:9 · sim-open-api · 'A cinematic shot of mountains at sunrise with flowing clouds'" ] \
  || fail "unexpected static summary: $summary"
require=()
# Once the workflow sets its current details (UiMetadata.currentDetails), the UI must show them.
grep -rqs "UiMetadata.currentDetails" workflows/src/main/java && require=(--require-current-details)
(cd scripts/ui-check && npm ci --no-audit --no-fund --silent)
node scripts/ui-check/ui-check.js "http://localhost:$ui_port/namespaces/default/workflows/$clip" "$summary" \
  "$root/$ui_dir" "${require[@]}" || fail "UI check (see $ui_dir)"

echo "E2E OK: 3 clips and a storyboard, $(doc_queries | wc -l) operations queries, dev server and worker restarted mid-job; screenshots in $ui_dir/"
