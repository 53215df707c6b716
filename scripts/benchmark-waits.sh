#!/usr/bin/env bash
# Detection delay and provider calls per clip without webhooks or hints (issue 14), in Temporal's
# time-skipping test environment: scripts/benchmark-waits.sh [measuredJobsPerCase, default 40]
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/benchmark.sh" WaitBenchmark "$@"
