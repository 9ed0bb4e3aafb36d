"""Memory that stays small (issue 15): what the daemon takes is the journal's, not its memory's.

The figures are bench/idle_rss.py's; these tests pin the mechanisms: the start-up catch-up (a backlog, a
Form's history) is worked by a short-lived child process, and once the daemon idles (not between the
cycles of a burst of letters) what reading letters left in the rules is dropped and freed heap handed back
where the system allows it (a no-op elsewhere)."""

from __future__ import annotations

import threading
import time

from hopthu import platform, service
from hopthu.service import Daemon

from ward import make_ward, wait_until, write_backlog


def _daemon(cfg, **kwargs):
    from hopthu import service
    from hopthu.config import load_config
    from hopthu.wiring import build_app

    return service.Daemon(build_app(load_config(cfg), apart=True), **kwargs)


def test_the_start_up_backlog_is_taken_by_a_child_process_and_the_daemon_opens_none_of_it(tmp_path, monkeypatch):
    from hopthu import service

    cfg = make_ward(tmp_path)  # sample letters in the inbox, Form answers in the CSV: all waiting at start
    text = cfg.read_text(encoding="utf-8")
    cfg.write_text(text.replace("    enabled: true ", "    enabled: false ", 1), encoding="utf-8")  # no report to render
    first: list[int] = []
    original = service.run_cycle

    def counted(app, **kwargs):
        summary = original(app, **kwargs)
        first.append(len(summary.new_cases))
        return summary

    monkeypatch.setattr(service, "run_cycle", counted)
    daemon = _daemon(cfg, system=platform.Posix())
    daemon.catch_up_apart = True
    runner = threading.Thread(target=daemon.run, kwargs={"install_signals": False, "notify": False})
    runner.start()
    try:
        wait_until(lambda: daemon.cycles >= 1, 120, "the daemon's first cycle")
    finally:
        daemon.stop.set()
        runner.join(60)
    import sqlite3

    with sqlite3.connect(tmp_path / "state" / "journal.sqlite3") as db:
        cases = db.execute("SELECT count(*) FROM cases").fetchone()[0]
        pending = db.execute("SELECT count(*) FROM intake WHERE state = 'received'").fetchone()[0]
    assert cases >= 5 and pending == 0  # the child took every letter and answer
    assert first[0] == 0  # the daemon's own start-up cycle found nothing left to open


def test_a_stop_request_ends_the_catch_up_child(tmp_path):
    cfg = make_ward(tmp_path)
    daemon = _daemon(cfg, system=platform.Posix())
    daemon.stop.set()  # asked to stop before the child could finish anything

    class Quiet(platform.Controls):
        def __init__(self) -> None:
            super().__init__(lambda: None, lambda: None)

    code = daemon.catch_up(Quiet(), platform.Watchdog())
    daemon.app.close()
    assert code is not None and code != 0  # ended, not left running


def test_reading_letters_leaves_nothing_in_the_rules_matcher(tmp_path):
    """While letters may follow (a burst) the matcher keeps the spans it read; once the daemon idles the whole
    built rule set goes (`RulesInUse.forget`), the matcher and what it remembered with it."""
    import gc
    import weakref

    from hopthu.config import load_config
    from hopthu.wiring import build_app

    app = build_app(load_config(make_ward(tmp_path)))
    seen: list[int] = []
    matcher = app.rules.get()._matcher
    scan = matcher.scan_text

    def watching(raw):
        out = scan(raw)
        seen.append(len(matcher._cache))
        return out

    matcher.scan_text = watching  # type: ignore[method-assign]
    daemon = Daemon(app, system=platform.Windows(runner=lambda args: ""))
    try:
        summary = daemon.cycle()
        kept_for_the_next_letter = len(matcher._cache)
        gone = weakref.ref(matcher)
        matcher = scan = None  # the cells the watcher reads: it is called no more
        daemon.release_if_idle(now=time.monotonic() + service.RELEASE_IDLE_SECONDS)
        gc.collect()
        assert summary.new_cases and max(seen) > 0  # the matcher remembered spans while the items were read
        assert kept_for_the_next_letter > 0  # kept while letters may follow (a burst)
        assert not app.rules.built and gone() is None  # and none of it once the daemon idled
    finally:
        app.close()


def test_freed_memory_goes_back_once_the_daemon_idles_not_between_the_cycles_of_a_burst(tmp_path):
    calls: list[str] = []

    class Counting(platform.Posix):
        def release_memory(self) -> None:
            calls.append("release")

    daemon = _daemon(make_ward(tmp_path, form=False), system=Counting())
    try:
        assert not daemon.release_if_idle(now=time.monotonic() + 60)  # nothing ran: nothing to hand back
        daemon.cycle()
        daemon.cycle(sheets=False)
        assert calls == []  # two cycles of a burst: nothing handed back between them
        assert not daemon.release_if_idle()  # the last cycle just ended: letters may follow
        later = time.monotonic() + service.RELEASE_IDLE_SECONDS
        assert daemon.release_if_idle(now=later + 1)  # idle long enough: handed back, once
        assert not daemon.release_if_idle(now=later + 2)
    finally:
        daemon.app.close()
    assert calls == ["release"]


def test_handing_memory_back_is_a_no_op_without_glibc(monkeypatch):
    import ctypes

    def no_glibc(name, *args, **kwargs):
        raise OSError(f"{name}: cannot open shared object file")  # musl, macOS

    monkeypatch.setattr(ctypes, "CDLL", no_glibc)
    platform.Posix().release_memory()  # nothing raised
    platform.Windows(runner=lambda args: "").release_memory()  # Windows gives freed heap back by itself


def test_the_catch_up_child_ends_when_the_daemon_that_started_it_ends(tmp_path):
    """`hopthu run` killed outright (SIGKILL, the Task Scheduler's "End") leaves no `once` working on beside the
    next start: the child ends when its stdin, the daemon's pipe, closes."""
    import subprocess
    import sys
    import time

    cfg = make_ward(tmp_path, form=False)
    inbox = tmp_path / "data" / "inbox" / "new"
    write_backlog(inbox, 150)  # a backlog long enough that the child is still at it when the pipe closes
    child = subprocess.Popen([sys.executable, "-m", "hopthu.cli", "--config", str(cfg), "once", "--with-parent"],
                             stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    log = tmp_path / "state" / "hopthu.log"
    try:
        wait_until(lambda: log.exists() and " opened: " in log.read_text(encoding="utf-8"), 120, "the first case")
        assert child.stdin is not None
        child.stdin.close()  # what the system does to the pipe when the daemon dies
        started = time.monotonic()
        code = child.wait(30)
    finally:
        if child.poll() is None:
            child.kill()
    assert code == 75 and time.monotonic() - started < 30  # ended there, not after the whole backlog (0)


def test_after_the_start_up_child_the_daemon_does_not_read_the_register_it_read(tmp_path):
    """The start-up child read and wrote the XLSX register; it hands over what it saw (`hand_over_state`), so the
    daemon's first cycle reads nothing whole (10,000 rows of a register would be the daemon's heap)."""
    cfg = make_ward(tmp_path)
    daemon = _daemon(cfg, system=platform.Posix())

    class Quiet(platform.Controls):
        def __init__(self) -> None:
            super().__init__(lambda: None, lambda: None)

    reads: list[int] = []
    try:
        assert daemon.catch_up(Quiet(), platform.Watchdog()) == 0
        register = daemon.app.register
        read = register.read

        def counted():
            reads.append(1)
            return read()

        register.read = counted  # type: ignore[method-assign]
        summary = daemon.cycle()
    finally:
        daemon.app.close()
    assert summary is not None and summary.errors == []
    assert reads == []


def test_a_catch_up_child_past_its_time_is_ended_and_the_daemon_takes_what_is_left(tmp_path):
    """`schedule.catch_up_minutes` bounds the start-up child: one that hangs (a mail server that stopped
    answering) or works longer than the ward can wait no longer holds the daemon's own loop back for ever."""
    import sqlite3

    from hopthu.config import load_config

    cfg = make_ward(tmp_path, form=False)
    assert load_config(cfg).settings.schedule.catch_up_minutes == 30  # the documented default
    write_backlog(tmp_path / "data" / "inbox" / "new", 150)
    daemon = _daemon(cfg, system=platform.Posix())

    class Quiet(platform.Controls):
        def __init__(self) -> None:
            super().__init__(lambda: None, lambda: None)

    try:
        code = daemon.catch_up(Quiet(), platform.Watchdog(), limit_seconds=0.5)  # less than the child's start-up
        assert code is not None and code != 0  # ended, not waited for
        daemon.cycle()  # what the daemon's own first cycle does next
    finally:
        daemon.app.close()
    with sqlite3.connect(tmp_path / "state" / "journal.sqlite3") as db:
        pending = db.execute("SELECT count(*) FROM intake WHERE state = 'received'").fetchone()[0]
        cases = db.execute("SELECT count(*) FROM cases").fetchone()[0]
    assert pending == 0 and cases >= 150  # nothing lost: every letter of the backlog has its case
