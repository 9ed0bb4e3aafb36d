#!/usr/bin/env bash
# Set up and run the whole test suite: real Dovecot (Debian package), real aiosmtpd,
# real gspread against the Sheets emulator in tests/, one pytest worker per core. Extra arguments go to pytest.
# Before pytest, the checks that keep the shape (any failure fails the script):
# ruff (lint), mypy (types; strict on hopthu.core), scripts/check_imports.py (import contracts).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
# Debian packages the tests use: dovecot-imapd (IMAP tests), systemd (systemd-sysusers, systemd-tmpfiles,
# systemd-analyze and systemctl for the install test in a throwaway root).
packages=()
if ! command -v dovecot >/dev/null 2>&1 && [ ! -x /usr/sbin/dovecot ]; then packages+=(dovecot-imapd); fi
for tool in systemd-sysusers systemd-tmpfiles systemd-analyze systemctl; do
  if ! command -v "$tool" >/dev/null 2>&1; then packages+=(systemd); break; fi
done
if [ ${#packages[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
  else
    echo "${packages[*]} not installed and we are not root: IMAP and install tests will be skipped" >&2
  fi
fi
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test,reports]'
checks=0
.venv/bin/ruff check || checks=1
.venv/bin/mypy || checks=1
.venv/bin/python scripts/check_imports.py || checks=1
if [ "$checks" != 0 ]; then
  echo "scripts/test.sh: ruff, mypy or the import contracts failed (above); pytest not run" >&2
  exit 1
fi
# one pytest worker per core (pytest-xdist): each worker starts its own servers on free loopback ports
exec .venv/bin/python -m pytest -q -n auto "$@"
