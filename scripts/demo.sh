#!/usr/bin/env bash
# Set everything up on a fresh machine and run hopthu's main job on the embedded default
# (a local Maildir, a Form CSV, an XLSX register, an outbox folder) with the sample data.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[reports]'
exec .venv/bin/hopthu demo --dir demo "$@"
