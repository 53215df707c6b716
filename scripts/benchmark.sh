#!/usr/bin/env bash
# Runs one benchmark main class from worker/src/test/java/io/seedancerunner/worker/bench.
# Benchmarks print figures; they assert nothing and are not part of `mvn verify`.
#   scripts/benchmark.sh QuotaBenchmark [clips] [quota] [windowSeconds]
#   scripts/benchmark.sh StoryboardBenchmark [cutShots] [chainShots] [generationSeconds]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
name="${1:?usage: scripts/benchmark.sh <BenchmarkClass> [args...]}"; shift
cd "$here"
# Built in the reactor (-am): sibling modules resolve to their target/classes, nothing is installed.
mvn -B -q -ntp -pl worker -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp \
  -Dmdep.includeScope=test >&2
exec java -cp "worker/target/test-classes:worker/target/classes:$(cat worker/target/bench.cp)" \
  "io.seedancerunner.worker.bench.$name" "$@"
