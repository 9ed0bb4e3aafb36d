"""`hopthu run`: the long-running daemon cycles on its schedule and stops cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from ward import make_ward, write_backlog


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
    opened = [line for line in (tmp_path / "a" / "state" / "hopthu.log").read_text(encoding="utf-8").splitlines()
              if " opened: " in line]  # one log (the first ward's); each line names its ward
    assert opened and all(f"[{line.split('case ')[1][:5]}]" in line for line in opened)
    assert {line.split("case ")[1][:5] for line in opened} == {"HT-LK", "HT-TB"}


def test_two_wards_with_one_case_code_prefix_are_refused(tmp_path):
    from click.testing import CliRunner

    from hopthu.cli import main

    a = ward_with_prefix(tmp_path / "a", "HT")
    b = ward_with_prefix(tmp_path / "b", "HT")
    result = CliRunner().invoke(main, ["--config", str(a), "run", "--ward", str(b)])
    assert result.exit_code == 1 and "ward.code_prefix «HT» trùng" in result.output


def test_ready_goes_out_before_the_catch_up_cycle_and_a_backlog_pings_the_watchdog_between_letters(tmp_path, monkeypatch):
    """systemd (issue 10): READY once configuration, journal and sources are ready, not after the first cycle; a
    backlog that takes longer than WatchdogSec/2 is pinged between its letters, from the main loop only."""
    import socket
    import threading

    from hopthu import platform, service
    from hopthu.config import load_config
    from hopthu.wiring import build_app

    from ward import wait_until

    cfg = make_ward(tmp_path, form=False)
    text = cfg.read_text(encoding="utf-8")
    cfg.write_text(text.replace("    enabled: true ", "    enabled: false ", 1), encoding="utf-8")  # no report to render
    inbox = tmp_path / "data" / "inbox" / "new"
    for path in inbox.iterdir():
        path.unlink()
    letters = 12
    write_backlog(inbox, letters)
    address = str(tmp_path / "notify")
    monkeypatch.setenv("NOTIFY_SOCKET", address)
    monkeypatch.setenv("WATCHDOG_USEC", "2")  # WatchdogSec/2 = 1 µs: every letter takes longer
    pingers: set[str] = set()
    original_ping = platform.SystemdWatchdog.ping

    def ping(self):
        pingers.add(threading.current_thread().name)
        original_ping(self)

    monkeypatch.setattr(platform.SystemdWatchdog, "ping", ping)
    original_cycle = service.run_cycle
    ended = []

    def marked_cycle(app, **kwargs):  # the cycle's end, told on the same socket so the order is the socket's
        summary = original_cycle(app, **kwargs)
        if not ended:
            ended.append(len(summary.new_cases))
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
                sock.sendto(b"CYCLE-END", address)
        return summary

    monkeypatch.setattr(service, "run_cycle", marked_cycle)
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind(address)
        server.settimeout(60)
        app = build_app(load_config(cfg))
        daemon = service.Daemon(app, system=platform.Posix())
        runner = threading.Thread(target=daemon.run, kwargs={"install_signals": False}, name="main-loop")
        runner.start()
        try:
            got: list[bytes] = []
            while b"CYCLE-END" not in got:
                got.append(server.recv(64))
            wait_until(lambda: daemon.cycles >= 1, 30, "the catch-up cycle")
        finally:
            daemon.stop.set()
            runner.join(30)
    assert ended == [letters]  # the catch-up cycle took the backlog
    assert got[0] == b"READY=1"  # before the catch-up cycle ended, not after it
    assert got[1:-1].count(b"WATCHDOG=1") >= letters  # between letters (and between their emails)
    assert pingers == {"main-loop"}  # the loop's thread alone; never the IDLE watcher or a helper
