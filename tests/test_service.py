"""`hopthu run`: the long-running daemon cycles on its schedule and stops cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from ward import make_ward


def test_run_takes_the_inbox_and_stops_cleanly_on_sigterm(tmp_path):
    cfg = make_ward(tmp_path)
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("poll_seconds: 60 ", "poll_seconds: 5 "), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "hopthu.cli", "--config", str(cfg), "run"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        register = tmp_path / "data" / "so-theo-doi.xlsx"
        deadline = time.monotonic() + 60
        while not register.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert register.exists(), "the first cycle did not run"
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, out.decode()
    log = (tmp_path / "state" / "hopthu.log").read_text(encoding="utf-8")
    assert "hopthu running" in log and "hopthu stopped" in log
    assert "@gmail.example" not in log  # logs carry case codes, not people
