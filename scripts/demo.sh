#!/usr/bin/env bash
# Set everything up on a fresh machine and run hopthu's main job on the embedded default
# (a local Maildir, a Form CSV, an XLSX register, an outbox folder) with the sample data,
# then write the sample month's public result and the QR posters.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[reports]'
.venv/bin/hopthu demo --dir demo "$@"
echo
# The sample data is from November 2026.
.venv/bin/hopthu --config demo/hopthu.yaml report monthly --month 2026-11
echo
.venv/bin/hopthu --config demo/hopthu.yaml qr
