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


def ward_with_prefix(base, prefix: str, *, letters: int | None = None, form: bool = True):
    cfg = make_ward(base, form=form)
    text = cfg.read_text(encoding="utf-8").replace('code_prefix: "HT"', f'code_prefix: "{prefix}"')
    cfg.write_text(text.replace("poll_seconds: 60 ", "poll_seconds: 5 "), encoding="utf-8")
    if letters is not None:
        for path in sorted((base / "data" / "inbox" / "new").iterdir())[letters:]:
            path.unlink()
    return cfg


def test_two_wards_in_one_process_keep_their_codes_journals_and_mail_apart(tmp_path):
    import sqlite3

    a = ward_with_prefix(tmp_path / "a", "HT-LK")
    b = ward_with_prefix(tmp_path / "b", "HT-TB", letters=1, form=False)
    proc = subprocess.Popen(
        [sys.executable, "-m", "hopthu.cli", "--config", str(a), "run", "--ward", str(b)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        registers = [tmp_path / w / "data" / "so-theo-doi.xlsx" for w in ("a", "b")]
        deadline = time.monotonic() + 90
        while not all(r.exists() for r in registers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert all(r.exists() for r in registers), "a ward's first cycle did not run"
        time.sleep(1.0)
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, out.decode()
    codes = {}
    for ward in ("a", "b"):
        with sqlite3.connect(tmp_path / ward / "state" / "journal.sqlite3") as db:
            codes[ward] = [r[0] for r in db.execute("SELECT code FROM cases")]
    assert codes["a"] and all(c.startswith("HT-LK-2") for c in codes["a"])
    assert codes["b"] and all(c.startswith("HT-TB-2") for c in codes["b"])
    assert len(codes["b"]) == 1 < len(codes["a"])  # one letter in b's mailbox; a's mailbox and Form in a's
    for ward, other in (("a", "HT-TB-"), ("b", "HT-LK-")):
        sent = [p.read_text(encoding="utf-8", errors="replace") for p in (tmp_path / ward / "data" / "outbox").glob("*.eml")]
        assert sent and not [s for s in sent if other in s]  # each ward's mail names its own codes only


def test_two_wards_with_one_case_code_prefix_are_refused(tmp_path):
    from click.testing import CliRunner

    from hopthu.cli import main

    a = ward_with_prefix(tmp_path / "a", "HT")
    b = ward_with_prefix(tmp_path / "b", "HT")
    result = CliRunner().invoke(main, ["--config", str(a), "run", "--ward", str(b)])
    assert result.exit_code == 1 and "ward.code_prefix «HT» trùng" in result.output
