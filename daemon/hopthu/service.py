"""The long-running daemon (`hopthu run`): the `schedule` package calls the cycle; SIGTERM stops it cleanly.

A job that raises is logged and retried at the next interval (an exception
escaping `run_pending()` would otherwise kill the loop). systemd is told when
we are ready and, from this main loop, that we are alive (watchdog). Each cycle
first takes up edited rules and templates (live_reload.py; SIGHUP: at once), and
ends with the daily backup when one is due and the heartbeat file (health.py).
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import threading
from datetime import timedelta
from typing import TYPE_CHECKING

import schedule

from hopthu import backup, health
from hopthu.live_reload import LiveReload, Versions, file_digest
from hopthu.pipeline.cycle import run_cycle

if TYPE_CHECKING:
    from hopthu.app import App

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


def keep_optional_imports_out() -> None:
    """For the `hopthu run` process only, before the register is built: openpyxl imports numpy and
    Pillow whenever they are installed (the `reports` extra brings both, for the rendering worker),
    only to recognise numpy numbers and to embed pictures. The daemon's register hands it neither, and
    the two cost 15 MB of the idling daemon's 60 (bench/idle_rss.py), so they are marked absent here;
    the report worker is another process and imports them as usual."""
    import sys

    for name in ("numpy", "PIL"):
        sys.modules.setdefault(name, None)


class Daemon:
    def __init__(self, app: App, stop: threading.Event | None = None):
        self.app = app
        self.stop = stop or threading.Event()
        self.scheduler = schedule.Scheduler()
        self.cycles = 0
        self._soon = threading.Event()
        self.reload = LiveReload(app)
        self._config_version = file_digest(app.config.path)  # the configuration is read once, at start

    def cycle(self) -> None:
        summary, error = None, None
        try:
            self.reload.check()
            # Mail pushed by IDLE runs a cycle at once; the register's own throttle (register.throttle)
            # decides whether this cycle writes it. Acknowledgements never wait for it.
            summary = run_cycle(self.app)
            self.cycles += 1
            if summary.new_cases or summary.quarantined or summary.errors:
                log.info(
                    "cycle: %d new case(s) %s, %d quarantined, %d email(s) sent",
                    len(summary.new_cases),
                    ",".join(c.code for c in summary.new_cases),
                    len(summary.quarantined),
                    summary.emails_sent,
                )
            for problem in summary.errors:
                log.error("%s", problem)
        except Exception as exc:
            log.exception("cycle failed; retrying at the next interval")
            error = f"{type(exc).__name__}: {exc}"
        self._after(summary, error)

    def _after(self, summary, error: str | None) -> None:
        """The daily backup when due, then the heartbeat. Neither may stop the daemon."""
        config, now = self.app.config, self.app.now()
        try:
            made = backup.daily(config, now)
            if made is not None:
                log.info("daily backup written: %s", made.name)
                if summary is not None:
                    summary.steps["sao lưu"] = True
        except Exception as exc:  # bulkhead: a full or missing backup folder must not stop the mailbox
            log.error("daily backup failed: %s", exc)
            if summary is not None:
                summary.steps["sao lưu"] = False
        try:
            health.record_cycle(
                self.app, summary, error=error,
                next_cycle=now + timedelta(seconds=self.app.settings.schedule.poll_seconds),
                next_backup=backup.next_due(config, now),
                versions=Versions(config=self._config_version, rules=self.reload.in_use[0],
                                  templates=self.reload.in_use[1]),
                reload_problems=self.reload.problems,
            )
        except Exception as exc:  # bulkhead: a heartbeat that cannot be written is logged, the cycle stands
            log.error("heartbeat not written: %s", exc)

    def _on_hangup(self, signum, frame) -> None:
        log.info("SIGHUP: reading rules and templates again")
        self.reload.request()
        self._soon.set()

    def _on_signal(self, signum, frame) -> None:
        log.info("signal %s: stopping after the current step", signum)
        self.stop.set()

    def run(self, install_signals: bool = True) -> None:
        if install_signals and threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, self._on_signal)
            signal.signal(signal.SIGINT, self._on_signal)
            if hasattr(signal, "SIGHUP"):
                signal.signal(signal.SIGHUP, self._on_hangup)
        interval = self.app.settings.schedule.poll_seconds
        self.scheduler.every(interval).seconds.do(self.cycle)
        watchers = list(self.app.watchers)
        for watcher in watchers:
            watcher.start(self.stop, self.cycle_soon)
        self.cycle()  # catch up at start-up
        sd_notify("READY=1")
        log.info("hopthu running: a cycle every %d s", interval)
        while not self.stop.is_set():
            if self._soon.is_set():
                self._soon.clear()
                self.cycle()
            self.scheduler.run_pending()
            sd_notify("WATCHDOG=1")
            self._soon.wait(0.2)  # wakes at once when a watcher reports mail
        sd_notify("STOPPING=1")
        for watcher in watchers:
            watcher.join()
        self.app.close()
        log.info("hopthu stopped")

    def cycle_soon(self) -> None:
        """Called from an IMAP IDLE watcher thread: new mail, run a cycle now (in the main loop)."""
        self._soon.set()
