"""The long-running daemon (`hopthu run`): the `schedule` package calls the cycle; SIGTERM stops it cleanly.

A job that raises is logged and retried at the next interval (an exception
escaping `run_pending()` would otherwise kill the loop). systemd is told when
we are ready and, from this main loop, that we are alive (watchdog).
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import threading

import schedule

from hopthu.app import App
from hopthu.pipeline.cycle import run_cycle

log = logging.getLogger("hopthu.service")


def sd_notify(message: str) -> None:
    """Tell systemd (Type=notify) about our state; a no-op outside systemd."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return
    if address.startswith("@"):
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.connect(address)
            sock.sendall(message.encode())
    except OSError as exc:
        log.debug("sd_notify failed: %s", exc)


class Daemon:
    def __init__(self, app: App, stop: threading.Event | None = None):
        self.app = app
        self.stop = stop or threading.Event()
        self.scheduler = schedule.Scheduler()
        self.cycles = 0
        self._soon = threading.Event()       # wakes the loop at once
        self._mail = threading.Event()       # a watcher saw mail: a mail cycle
        self._sheets = threading.Event()     # asked for a whole cycle now (tests, operators)

    def cycle(self, *, sheets: bool = True) -> None:
        """One cycle. Scheduled ones (`schedule.poll_seconds`) do everything; the ones pushed mail wakes do the
        mail alone (`sheets=False`): the Form's sheet and a Google register keep their own schedule and
        quota, so an acknowledgement never waits for a spreadsheet or for the Sheets token bucket."""
        try:
            # The register's own throttle (register.throttle) decides whether a scheduled cycle writes it.
            summary = run_cycle(self.app, sheets=sheets)
            self.cycles += 1
            if summary.new_cases or summary.quarantined or summary.errors:
                log.info(
                    "cycle: %d new case(s) %s, %d quarantined, %d email(s) sent",
                    len(summary.new_cases),
                    ",".join(c.code for c in summary.new_cases),
                    len(summary.quarantined),
                    summary.emails_sent,
                )
            for error in summary.errors:
                log.error("%s", error)
        except Exception:
            log.exception("cycle failed; retrying at the next interval")

    def _on_signal(self, signum, frame) -> None:
        log.info("signal %s: stopping after the current step", signum)
        self.stop.set()

    def run(self, install_signals: bool = True, notify: bool = True) -> None:
        """`notify=False`: leave systemd's READY/WATCHDOG to another ward's loop (`run_wards`)."""
        tell = sd_notify if notify else (lambda message: None)
        if install_signals and threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, self._on_signal)
            signal.signal(signal.SIGINT, self._on_signal)
        interval = self.app.settings.schedule.poll_seconds
        self.scheduler.every(interval).seconds.do(self.cycle)
        watchers = list(self.app.watchers)
        for watcher in watchers:
            watcher.start(self.stop, self.cycle_soon)
        self.cycle()  # catch up at start-up
        tell("READY=1")
        log.info("hopthu running: a cycle every %d s", interval)
        while not self.stop.is_set():
            if self._soon.is_set():
                self._soon.clear()
                if self._sheets.is_set():
                    self._sheets.clear()
                    self._mail.clear()
                    self.cycle()
                elif self._mail.is_set():
                    self._mail.clear()
                    self.cycle(sheets=False)
            self.scheduler.run_pending()
            tell("WATCHDOG=1")
            self._soon.wait(0.2)  # wakes at once when a watcher reports mail
        tell("STOPPING=1")
        for watcher in watchers:
            watcher.join()
        self.app.close()
        log.info("hopthu stopped")

    def cycle_soon(self) -> None:
        """Called from an IMAP IDLE watcher thread: new mail, run a mail cycle now (in the main loop)."""
        self._mail.set()
        self._soon.set()

    def whole_cycle_soon(self) -> None:
        """Run a whole cycle (sheets included) now, in the main loop, without waiting for the schedule."""
        self._sheets.set()
        self._soon.set()


def run_wards(apps: list[App], stop: threading.Event | None = None) -> None:
    """Several wards in one process (`hopthu run --ward …`): one loop each, sharing nothing but the process
    and, where their configurations name the same service-account key, one Google client and so one token
    bucket — the 60 requests a minute Google allows that account, shared as Google counts them. Each ward
    keeps its own journal, mailbox, outbox, register and case-code prefix. The first ward's loop runs here
    (signals, systemd); the others in threads, stopped with it."""
    stop = stop or threading.Event()
    daemons = [Daemon(app, stop) for app in apps]
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
