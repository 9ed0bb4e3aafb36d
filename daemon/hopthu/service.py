"""The long-running daemon (`hopthu run`): the `schedule` package calls the cycle; a stop request ends it cleanly.

A job that raises is logged and retried at the next interval (an exception
escaping `run_pending()` would otherwise kill the loop). The watchdog is told when
we are ready (before the catch-up cycle) and, from this main loop only, that we are alive: between
cycles and between the items of a long one (`App.pulse`). Mail runs on its own clock: for a ward with a
Google Form or a Google register the scheduled sheet work (Form, register, reminders, reports) runs on a
thread of its own, taking turns with the mail loop only where cases change (`App.work`), never over a
Google request, so a letter pushed by IDLE is acknowledged while a sheet is read. Each cycle
first takes up edited rules and templates (live_reload.py; a reload request: at once), and
ends with the daily backup when one is due and the heartbeat file (health.py).
Stop and reload requests and the watchdog are the platform's (platform.py): SIGTERM, SIGHUP and
systemd on Linux; request files and a stall exit under the Windows Task Scheduler.
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import timedelta, timezone
from typing import TYPE_CHECKING

import schedule

from hopthu import alerts, backup, health, platform
from hopthu.live_reload import LiveReload, Versions, file_digest
from hopthu.pipeline.cycle import run_cycle
from hopthu.pipeline.steps import record_steps, run_step

if TYPE_CHECKING:
    from hopthu.app import App

log = logging.getLogger("hopthu.service")


def keep_optional_imports_out() -> None:
    """For the `hopthu run` process only, before the register is built: openpyxl imports numpy and
    Pillow whenever they are installed (the `reports` extra brings both, for the rendering worker),
    only to recognise numpy numbers and to embed pictures. The daemon's register hands it neither, and
    the two cost 15 MB of the idling daemon's 60 (bench/idle_rss.py), so they are marked absent here;
    the report worker is another process and imports them as usual."""
    import sys

    for name in ("numpy", "PIL"):
        sys.modules.setdefault(name, None)


class WardTag(logging.Filter):
    """Several wards in one process: every log line from a ward's threads (its loop, its sheet thread, its IDLE
    watcher) names the ward by its case-code prefix ("hopthu.cycle [HT-LK]: case … opened"). Set on the
    log handlers, so it sees the lines of every logger; a thread of no ward (start-up) is left as it is."""

    def __init__(self) -> None:
        super().__init__()
        self._threads: dict[int, str] = {}

    def claim(self, ward: str, threads: list[threading.Thread] | None = None) -> None:
        for thread in threads if threads is not None else [threading.current_thread()]:
            if thread.ident is not None:
                self._threads[thread.ident] = ward

    def filter(self, record: logging.LogRecord) -> bool:
        ward = self._threads.get(record.thread or 0)
        if ward and not getattr(record, "ward", None):  # two handlers: tagged once
            record.ward = ward
            record.name = f"{record.name} [{ward}]"
        return True


#: the start-up child's hand-over (`hand_over_state`), in the state folder, read and deleted by the daemon
HAND_OVER = "catch-up-state.pickle"


def _handing(app: App) -> list:
    """The parts whose incremental reads remember something (the Google Form's sheet, the Google register)."""
    return [part for part in [*app.sources, app.register] if hasattr(part, "hand_over") and hasattr(part, "take_over")]


def hand_over_state(app: App, path) -> None:
    """`hopthu once --hand-over` (the daemon's start-up child), after its cycle: what the sheets' incremental reads
    remember, pickled to `path` (0600) for the daemon, so that its first cycle reads only what came since. The
    register step runs again first, until it writes nothing (at most 3 times): the child's own writes moved
    Drive's modifiedTime on, and reading it whole again here leaves the daemon nothing to read whole."""
    import pickle
    from pathlib import Path

    from hopthu.layout import write_private
    from hopthu.pipeline.cycle import sync_register
    from hopthu.pipeline.summary import Summary

    for _ in range(3 if app.register.coalesce else 0):  # (the reminders' marks, written by the second pass)
        summary = Summary()
        try:
            sync_register(app, summary)
        except Exception as exc:  # the daemon's first cycle does it then
            log.debug("register not probed again before the hand-over: %s", exc)
            break
        if not summary.register_written:
            break
    # atomic: a child ended mid-write (the time limit, a stop) leaves no half file for the daemon to read
    write_private(Path(path), pickle.dumps([part.hand_over() for part in _handing(app)]))


def take_over_state(app: App, path) -> None:
    """The daemon, after its start-up child: each part takes what the child's same part handed over (its own
    checks: the same sheet, a complete state); a missing or unreadable file leaves them to read whole."""
    import pickle

    try:
        with open(path, "rb") as fh:
            states = pickle.load(fh)
    except FileNotFoundError:
        return
    except Exception as exc:
        log.warning("start-up child's hand-over not read (%s): the sheets are read whole", exc)
        states = []
    finally:
        try:
            path.unlink()
        except OSError:
            pass
    for part, state in zip(_handing(app), states):
        try:
            part.take_over(state)
        except Exception as exc:  # a state of another version: read whole, as without one
            log.warning("start-up child's hand-over not taken by %s: %s", type(part).__name__, exc)


#: memory is handed back once no cycle has run for this long (`Daemon.release_if_idle`)
RELEASE_IDLE_SECONDS = 2.0

_STARTING = threading.Lock()  # watchers of several wards start one ward at a time (whose threads are whose)


class Daemon:
    #: set by `run_wards`: the log lines of this ward's threads name it
    tag: WardTag | None = None
    #: `hopthu run` of one ward: the start-up catch-up is worked in a short-lived child process first (`catch_up`;
    #: several wards in one process keep it here, so that their lines stay in one log, each naming its ward)
    catch_up_apart = False

    def __init__(self, app: App, stop: threading.Event | None = None, system: platform.Platform | None = None):
        self.app = app
        self.system = system or platform.current()
        self.stop = stop or threading.Event()
        self.scheduler = schedule.Scheduler()
        self.cycles = 0                      # cycles of any kind, either thread
        self.sheet_cycles = 0                # whole cycles (the start-up one, then the sheet thread's)
        self._count = threading.Lock()
        self._beat = threading.Lock()        # the heartbeat file, written after either thread's cycles
        self._soon = threading.Event()       # wakes the loop at once
        self._mail = threading.Event()       # a watcher saw mail: a mail cycle
        self._sheets = threading.Event()     # asked for a whole cycle now (tests, operators)
        self._sheet_wake = threading.Event()  # the sheet thread's turn
        self._sheet_thread: threading.Thread | None = None
        self._busy = 0                       # cycles running now, either thread
        self._release_due = False            # a cycle ended since memory was last handed back
        self._ended = 0.0                    # when the last cycle ended (time.monotonic)
        self.reload = LiveReload(app)
        self._config_version = file_digest(app.config.path)  # the configuration is read once, at start

    @property
    def split(self) -> bool:
        """Sheet work on a thread of its own: the ward reads a Google Form, or its register is on a request
        quota (Google), or worked in a child process (register/xlsx_child.py). The mail loop then never waits
        for a spreadsheet, the token bucket or a pass over every case; a ward with an in-process register and no
        Form (tests, `hopthu once`) runs everything in its one loop."""
        register = self.app.register
        return (any(source.on_sheet_clock for source in self.app.sources) or bool(register.coalesce)
                or bool(getattr(register, "apart", False)))  # an XLSX register worked in a child process

    def cycle(self, *, sheets: bool = True, mail: bool = True):
        """One cycle; returns its summary (None when it raised). Scheduled ones (`schedule.poll_seconds`) do
        everything; the ones pushed mail wakes do the mail alone (`sheets=False`): the Form's sheet and a Google
        register keep their own schedule and quota, so an acknowledgement never waits for a spreadsheet or for
        the Sheets token bucket. While the sheet thread runs, the mail loop's cycles leave the register to it
        and the sheet thread's cycles (`mail=False`) leave mail sources and delivery to the mail loop."""
        summary, error = None, None
        apart = self._sheet_thread is not None
        with self._count:
            self._busy += 1
        try:
            if mail:
                self.reload.check()  # the mail loop's: rules and templates change between its cycles only
            # The register's own throttle (register.throttle) decides whether a scheduled cycle writes it.
            summary = run_cycle(self.app, sheets=sheets, mail=mail, register=not (apart and mail))
            with self._count:
                self.cycles += 1
                self.sheet_cycles += sheets
            if summary.new_cases or summary.quarantined or summary.errors:
                log.info(
                    "cycle: %d new case(s) %s, %d quarantined, %d email(s) sent",
                    len(summary.new_cases),
                    ",".join(c.code for c in summary.new_cases),
                    len(summary.quarantined),
                    summary.emails_sent,
                )
            # each failing step was logged once by pipeline.steps.run_step
        except Exception as exc:
            log.exception("cycle failed; retrying at the next interval")
            error = f"{type(exc).__name__}: {exc}"
        try:
            self._after(summary, error, whole=sheets or not apart)
        finally:  # memory goes back once both threads idle (`release_if_idle`), not between two letters
            with self._count:
                self._busy -= 1
                self._release_due, self._ended = True, time.monotonic()
        if apart and summary is not None:
            if mail and summary.new_cases and (not self.app.register.coalesce
                                               or any("urgent" in c.flags for c in summary.new_cases)):
                self._sheet_wake.set()  # a local register takes new cases at once; Google an urgent one
            if not mail and (summary.emails_queued or summary.reminders or summary.new_cases):
                self.cycle_soon()  # the mail loop sends what the sheets' cycle queued
        return summary

    def release_if_idle(self, now: float | None = None) -> bool:
        """Hand back what the cycles since the last time left in memory, once the daemon has been idle
        `RELEASE_IDLE_SECONDS` (no cycle running in either thread): the whole built rule set and the learned
        weights (`RulesInUse.forget`), SQLite's page cache, then the heap's free pages (a full garbage collection and
        `malloc_trim`). Not after each cycle: during a burst of letters each of those ran between two letters'
        cycles (about 0.1 s, the collection holding the interpreter lock over every live object, a whole
        register read's rows included), and the next letter recompiled what was dropped. True when done."""
        now = time.monotonic() if now is None else now
        with self._count:
            if not self._release_due or self._busy or now - self._ended < RELEASE_IDLE_SECONDS:
                return False
            self._release_due = False
        with self.app.work:  # the sheet thread's next cycle may classify a Form row: not while its rules go
            self.app.rules.forget()  # the whole built rule set (built again from the same files' text by the next letter)
        try:
            self.app.journal.shrink()  # SQLite's page cache, then the heap's free pages, back to the system
        except Exception as exc:  # a closed or busy journal: the rest stands
            log.debug("journal cache not shrunk: %s", exc)
        self.system.release_memory()  # what the cycles' letters and rows took goes back to the system
        return True

    def _after(self, summary, error: str | None, *, whole: bool = True) -> None:
        """The daily backup when due (a step of its own), the heartbeat, then the alerts. None may stop the
        daemon. `whole=False` (the mail loop's cycles beside a sheet thread): the heartbeat alone; the sheet
        thread's cycles back up and raise alerts (the status line is a Google request)."""
        config, now = self.app.config, self.app.now()
        if summary is not None and whole and not self.stop.is_set():
            run_step(self.app, summary, "sao lưu", self._backup, now)
            record_steps(self.app, summary, now.astimezone(timezone.utc).isoformat(timespec="seconds"),
                         names=["sao lưu"])
        beat = None
        try:
            with self._beat:
                beat = health.record_cycle(
                    self.app, summary, error=error,
                    next_cycle=now + timedelta(seconds=self.app.settings.schedule.poll_seconds),
                    next_backup=backup.next_due(config, now),
                    versions=Versions(config=self._config_version, rules=self.reload.in_use[0],
                                      templates=self.reload.in_use[1]),
                    reload_problems=self.reload.problems,
                )
        except Exception as exc:  # bulkhead: a heartbeat that cannot be written is logged, the cycle stands
            log.error("heartbeat not written: %s", exc)
        if whole:
            alerts.run(self.app, summary, beat)  # log, email, the "Hệ thống" status line; never raises

    def _backup(self, now) -> None:
        made = backup.daily(self.app.config, now)
        if made is not None:
            log.info("daily backup written: %s", made.name)

    def _request_reload(self) -> None:
        log.info("reload requested: reading rules and templates again")
        self.reload.request()
        self._soon.set()

    def _request_stop(self) -> None:
        log.info("stop requested: stopping after the current step")
        self.stop.set()
        self._soon.set()
        self._sheet_wake.set()

    def _pulse(self, watchdog: platform.Watchdog):
        """What `app.pulse` does in this loop: ping the watchdog between items of a long step, from this thread
        only (never a helper thread: a hung main loop must not be kept alive by one), at most every
        `watchdog.every` seconds."""
        owner = threading.current_thread()
        last = [time.monotonic()]

        def pulse() -> None:
            if threading.current_thread() is not owner:
                return
            now = time.monotonic()
            if now - last[0] >= watchdog.every:
                last[0] = now
                watchdog.ping()
        return pulse

    def run(self, install_signals: bool = True, notify: bool = True) -> None:
        """`notify=False`: leave the service manager's READY/WATCHDOG to another ward's loop (`run_wards`).

        READY goes out once configuration, journal and sources are ready (the App is built); the catch-up
        cycle runs after it, pinging the watchdog between its items. Then, for a ward with sheet work
        (`split`), a thread of its own runs the scheduled sheet cycles while this loop runs mail."""
        controls = self.system.controls(self.app.config.state_dir, self._request_stop, self._request_reload,
                                        install_signals=install_signals)
        watchdog = (self.system.watchdog(self.app.settings.schedule.stall_exit_seconds) if notify
                    else platform.Watchdog())
        pulse = self._pulse(watchdog)
        self.app.pulse = self.app.outbox.pulse = pulse
        self.app.stopping = self.stop.is_set  # "stopping after the current step": the cycle's other steps wait
        interval = self.app.settings.schedule.poll_seconds
        watchers = list(self.app.watchers)
        ward = self.app.settings.ward.code_prefix
        with _STARTING:
            before = set(threading.enumerate())
            for watcher in watchers:
                watcher.start(self.stop, self.cycle_soon)
            if self.tag is not None:
                self.tag.claim(ward)
                self.tag.claim(ward, [t for t in threading.enumerate() if t not in before])
        watchdog.ready()
        if self.catch_up_apart:
            self.catch_up(controls, watchdog)
        self.cycle()  # catch up at start-up (after the child: what came meanwhile, or all of it if the child failed)
        if self.split:
            self._sheet_thread = threading.Thread(target=self._sheet_loop, name=f"{threading.current_thread().name}-sheets",
                                                  daemon=True)
            self._sheet_thread.start()
            self.scheduler.every(interval).seconds.do(self._tick)
        else:
            self.scheduler.every(interval).seconds.do(self.cycle)
        log.info("hopthu running: a cycle every %d s", interval)
        while not self.stop.is_set():
            controls.poll()
            if self._soon.is_set() and not self.stop.is_set():
                self._soon.clear()
                if self._sheet_thread is not None:
                    if self._sheets.is_set():
                        self._sheets.clear()
                        self._sheet_wake.set()
                    self._mail.clear()
                    self.cycle(sheets=False)  # mail, or a reload request: rules taken up here
                elif self._sheets.is_set():
                    self._sheets.clear()
                    self._mail.clear()
                    self.cycle()
                elif self._mail.is_set():
                    self._mail.clear()
                    self.cycle(sheets=False)
                else:  # a reload request: a whole cycle with the new rules
                    self.cycle()
            self.scheduler.run_pending()
            watchdog.ping()
            if not self._soon.wait(0.2):  # wakes at once when a watcher reports mail
                self.release_if_idle()
        watchdog.stopping()
        self._sheet_wake.set()
        if self._sheet_thread is not None:
            self._sheet_thread.join(60)
        for watcher in watchers:
            watcher.join()
        self.app.close()
        log.info("hopthu stopped")

    def catch_up(self, controls: platform.Controls, watchdog: platform.Watchdog,
                 limit_seconds: float | None = None) -> int | None:
        """The start-up's one-off work (letters that waited while hopthu was down: taken, their cases opened,
        answered) in a `hopthu once` child process, before the daemon's own first cycle: the heap it grows
        ends with the child, since neither CPython nor glibc hands most of it back (a daemon that worked off
        10,000 letters itself idled at 211 MB, 70 MB with the child; the journal keeps all of it). A Google
        Form and register too: their first whole reads (10,000 answers, a register of 10,000 rows) are the
        child's, which hands over what their incremental reads remember (`hand_over_state`: the Form's row
        count and last rows, the register's shape and rows' places, Drive's modifiedTime), so the daemon's own
        first cycle reads only what came since. That cycle also does the child's work as before when the child
        failed or could not start. The watchdog is pinged and stop requests are polled meanwhile; a stop ends the child (every step
        is resumable), and so does `schedule.catch_up_minutes` (a child that hangs, on a server that stopped
        answering, or works longer than the ward can wait: the mail arriving meanwhile waits for it, since the
        daemon's own loop has not started). Returns the child's exit code (None: not started)."""
        import subprocess
        import sys
        import time

        if limit_seconds is None:
            limit_seconds = self.app.settings.schedule.catch_up_minutes * 60

        handed = self.app.config.state_dir / HAND_OVER
        handed.unlink(missing_ok=True)
        args = [sys.executable, "-m", "hopthu.cli", "--config", str(self.app.config.path), "once", "--with-parent",
                "--hand-over", str(handed)]
        try:  # the child ends when its stdin closes: a daemon killed outright leaves no child working on
            child = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
        except OSError as exc:
            log.warning("start-up catch-up not started in a child process (%s): taken in the daemon", exc)
            return None
        log.info("start-up catch-up in a child process (pid %d)", child.pid)
        deadline = time.monotonic() + limit_seconds
        while child.poll() is None:
            controls.poll()
            watchdog.ping()
            late = time.monotonic() >= deadline
            if self.stop.is_set() or late:
                if late:
                    log.warning("start-up catch-up child still working after %.0f s (schedule.catch_up_minutes): "
                                "ended, the daemon's own cycles take what is left", limit_seconds)
                child.terminate()
                try:
                    child.wait(30)
                except subprocess.TimeoutExpired:
                    child.kill()
                    child.wait()
                break
            self.stop.wait(0.2)
        if child.stdin is not None:
            child.stdin.close()
        if child.returncode:
            log.warning("start-up catch-up child ended with exit code %s: the daemon's first cycle takes what is "
                        "left", child.returncode)
        take_over_state(self.app, handed)
        return child.returncode

    def _tick(self) -> None:
        """The schedule beside a sheet thread: its turn, and a mail cycle here (IDLE's safety net)."""
        self._sheet_wake.set()
        self.cycle(sheets=False)

    def _sheet_loop(self) -> None:
        if self.tag is not None:
            self.tag.claim(self.app.settings.ward.code_prefix)
        while not self.stop.is_set():
            if not self._sheet_wake.wait(1.0):
                continue
            self._sheet_wake.clear()
            if self.stop.is_set():
                break
            try:
                self.cycle(mail=False)
            except Exception:  # cycle() catches its own; a bug here must not end the sheets' clock
                log.exception("sheet cycle failed")

    def cycle_soon(self) -> None:
        """Called from an IMAP IDLE watcher thread: new mail, run a mail cycle now (in the main loop)."""
        self._mail.set()
        self._soon.set()

    def whole_cycle_soon(self) -> None:
        """Run a whole cycle (sheets included) now without waiting for the schedule: in the main loop, or in the
        sheet thread when there is one."""
        self._sheets.set()
        self._soon.set()


def run_wards(apps: list[App], stop: threading.Event | None = None) -> None:
    """Several wards in one process (`hopthu run --ward …`): one loop each, sharing nothing but the process
    and, where their configurations name the same service-account key, one Google client and so one token
    bucket — the 60 requests a minute Google allows that account, shared as Google counts them. Each ward
    keeps its own journal, mailbox, outbox, register and case-code prefix. The first ward's loop runs here
    (signals, the service manager's watchdog); the others in threads, stopped with it."""
    stop = stop or threading.Event()
    daemons = [Daemon(app, stop) for app in apps]
    tag = WardTag()
    handlers = list(logging.getLogger().handlers)
    for handler in handlers:
        handler.addFilter(tag)
    for daemon in daemons:
        daemon.tag = tag
    threads = [threading.Thread(target=d.run, kwargs={"install_signals": False, "notify": False},
                                name=f"ward-{d.app.settings.ward.code_prefix}", daemon=True) for d in daemons[1:]]
    for thread in threads:
        thread.start()
    try:
        daemons[0].run()
    finally:
        stop.set()
        for thread in threads:
            thread.join(60)
        for handler in handlers:
            handler.removeFilter(tag)
