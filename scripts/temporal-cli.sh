#!/usr/bin/env bash
# Installs the Temporal CLI (a real dev server with Temporal UI) when it is missing, with Go:
# v1.5.1 is the newest tag whose go.mod has no replace directive (shared/BUILD-NOTES.md).
# The runner finds it on PATH or in Go's bin folder; the worker-kill test needs it.
set -euo pipefail
for dir in ${PATH//:/ } "${GOBIN:-}" "${GOPATH:-$HOME/go}/bin" "$HOME/go/bin"; do
  if [ -n "$dir" ] && [ -x "$dir/temporal" ]; then
    echo "temporal CLI: $dir/temporal"
    exit 0
  fi
done
if ! command -v go >/dev/null 2>&1; then
  echo "The temporal CLI is missing and Go is not installed: install Go, or the CLI from https://temporal.io/" >&2
  exit 1
fi
echo "Installing the temporal CLI with go install (a few minutes the first time)..." >&2
go install github.com/temporalio/cli/cmd/temporal@v1.5.1
echo "temporal CLI: $(go env GOPATH)/bin/temporal"
