"""One cycle of the daemon, top to bottom: sources → journal → cases → outbox → register → reminders → outbox.

Each step is resumable and fails alone. Items are journalled before anything else; cases and their
emails are created in one transaction; emails go out before the register is touched (an
acknowledgement never waits for a spreadsheet); the register step reads officers' edits, acts on
them, and writes hopthu's values back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hopthu import retention
from hopthu.pipeline import register_sync, reminders
from hopthu.pipeline.collect import collect
from hopthu.pipeline.incoming import add_manual, process_pending
from hopthu.pipeline.summary import Summary
from hopthu.reports import schedule as report_schedule

if TYPE_CHECKING:
    from hopthu.app import App

__all__ = ["Summary", "add_manual", "register_due", "run_cycle", "sync_register"]


def sync_register(app: App, summary: Summary) -> None:
    """The register step: officers' new rows become cases, their edits are acted on, hopthu's values go out."""
    view = register_sync.read_register(app, summary)
    if view is None:
        return
    register_sync.take_officer_rows(app, view)
    process_pending(app, summary)
    register_sync.adopt_officer_edits(app, view, summary)
    register_sync.write_values(app, view, summary)
    register_sync.sync_contacts(app, summary)


def register_due(app: App, summary: Summary) -> bool:
    """The one throttle (`register.throttle`): a register on a request quota is synced at most every
    `register.write_every_seconds`, unless this cycle opened an urgent case."""
    if app.register_throttle is None:
        return True
    return app.register_throttle.due(urgent=any("urgent" in c.flags for c in summary.new_cases))


def _step(summary: Summary, name: str, run):
    """Run one step; it succeeded when it added no error (health.py keeps each step's last success)."""
    before = len(summary.errors)
    result = run()
    summary.steps[name] = len(summary.errors) == before
    return result


def run_cycle(app: App, *, register: bool = True) -> Summary:
    """`register=False`: leave the register step out (`hopthu import`); otherwise the throttle decides."""
    summary = Summary()
    collect(app, summary)  # one step per source ("nguồn <name>")
    _step(summary, "hồ sơ", lambda: process_pending(app, summary))
    report = _step(summary, "thư đi", lambda: app.outbox.deliver(app.now()))
    if register and register_due(app, summary):
        _step(summary, "sổ theo dõi", lambda: sync_register(app, summary))
        if summary.register_busy is not None:  # held open in Excel: waiting, not failed, but not done either
            summary.steps["sổ theo dõi"] = False
    _step(summary, "nhắc hạn", lambda: reminders.run(app, summary))  # what is due now; office hours only
    # contact data of cases closed longer than privacy.retention_days, once a day
    _step(summary, "xóa dữ liệu hết hạn", lambda: retention.run_daily(app, summary))
    _step(summary, "báo cáo", lambda: report_schedule.run(app, summary))  # reports due, rendered in a worker
    if register or summary.reminders or summary.emails_queued:
        again = app.outbox.deliver(app.now())
        report.sent += again.sent
        report.held = again.held
        report.retrying = again.retrying
    summary.emails_sent = report.sent
    summary.emails_waiting = report.held + report.retrying
    return summary
