"""The long-running daemon (`hopthu run`): the `schedule` package calls the cycle; a stop request ends it cleanly.

A job that raises is logged and retried at the next interval (an exception
escaping `run_pending()` would otherwise kill the loop). The watchdog is told when
we are ready and, from this main loop, that we are alive. Each cycle
first takes up edited rules and templates (live_reload.py; a reload request: at once), and
ends with the daily backup when one is due and the heartbeat file (health.py).
Stop and reload requests and the watchdog are the platform's (platform.py): SIGTERM, SIGHUP and
systemd on Linux; request files and a stall exit under the Windows Task Scheduler.
"""

from __future__ import annotations

import logging
import threading
from datetime import timedelta
from typing import TYPE_CHECKING

import schedule

from hopthu import backup, health, platform
from hopthu.live_reload import LiveReload, Versions, file_digest
from hopthu.pipeline.cycle import run_cycle

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


class Daemon:
    def __init__(self, app: App, stop: threading.Event | None = None, system: platform.Platform | None = None):
        self.app = app
        self.system = system or platform.current()
        self.stop = stop or threading.Event()
        self.scheduler = schedule.Scheduler()
        self.cycles = 0
        self._told_open = False  # the officers were told the register is held open (log, once per episode)
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
            return
        self._tell_register_open(beat, now)

    def _tell_register_open(self, beat: dict, now) -> None:
        """The register held open past `register.busy_notice_minutes`: a warning in the log once per
        episode (the heartbeat and `hopthu status` say it at every look), and a line when it lands."""
        held = health.register_open(beat.get("register_busy"), now,
                                    self.app.settings.case_register.busy_notice_minutes)
        if held is not None and not self._told_open:
            log.warning("%s", held.text)
            self._told_open = True
        elif beat.get("register_busy") is None and self._told_open:
            log.warning("Sổ theo dõi đã đóng, hopthu đã ghi các thay đổi chờ. / The register was closed; "
                        "the waiting writes landed.")
            self._told_open = False

    def _request_reload(self) -> None:
        log.info("reload requested: reading rules and templates again")
        self.reload.request()
        self._soon.set()

    def _request_stop(self) -> None:
        log.info("stop requested: stopping after the current step")
        self.stop.set()
        self._soon.set()

    def run(self, install_signals: bool = True) -> None:
        controls = self.system.controls(self.app.config.state_dir, self._request_stop, self._request_reload,
                                        install_signals=install_signals)
        watchdog = self.system.watchdog(self.app.settings.schedule.stall_exit_seconds)
        interval = self.app.settings.schedule.poll_seconds
        self.scheduler.every(interval).seconds.do(self.cycle)
        watchers = list(self.app.watchers)
        for watcher in watchers:
            watcher.start(self.stop, self.cycle_soon)
        self.cycle()  # catch up at start-up
        watchdog.ready()
        log.info("hopthu running: a cycle every %d s", interval)
        while not self.stop.is_set():
            controls.poll()
            if self._soon.is_set() and not self.stop.is_set():
                self._soon.clear()
                self.cycle()
            self.scheduler.run_pending()
            watchdog.ping()
            self._soon.wait(0.2)  # wakes at once when a watcher reports mail
        watchdog.stopping()
        for watcher in watchers:
            watcher.join()
        self.app.close()
        log.info("hopthu stopped")

    def cycle_soon(self) -> None:
        """Called from an IMAP IDLE watcher thread: new mail, run a cycle now (in the main loop)."""
        self._soon.set()
