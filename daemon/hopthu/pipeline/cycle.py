"""One cycle of the daemon, top to bottom: sources → journal → cases → outbox → register → reminders → outbox.

Each step is resumable and fails alone. Items are journalled before anything else; cases and their
emails are created in one transaction; emails go out before the register is touched (an
acknowledgement never waits for a spreadsheet); the register step reads officers' edits, acts on
them, and writes hopthu's values back."""

from __future__ import annotations

from hopthu.app import App
from hopthu.pipeline import reminders
from hopthu.pipeline.collect import collect
from hopthu.pipeline.incoming import add_manual, process_pending
from hopthu.pipeline.register_sync import sync_register
from hopthu.pipeline.summary import Summary

__all__ = ["Summary", "add_manual", "register_due", "run_cycle"]


def register_due(app: App, summary: Summary) -> bool:
    """The one throttle (`register.throttle`): a register on a request quota is synced at most every
    `register.write_every_seconds`, unless this cycle opened an urgent case."""
    if app.register_throttle is None:
        return True
    return app.register_throttle.due(urgent=any("urgent" in c.flags for c in summary.new_cases))


def run_cycle(app: App, *, register: bool = True, sheets: bool = True) -> Summary:
    """`register=False`: leave the register step out (`hopthu import`); otherwise the throttle decides.

    `sheets=False`: the cycle a pushed letter wakes — mail on its own clock. Sources and a register on a
    request quota (Google) are left to the scheduled cycles, except that an urgent case still reaches the
    register at once; a local register (XLSX) is written as in any cycle. Reminders (a pass over every
    open case) are left to the scheduled cycles too."""
    summary = Summary()
    collect(app, summary, sheets=sheets)
    process_pending(app, summary)
    report = app.outbox.deliver(app.now())
    urgent = any("urgent" in c.flags for c in summary.new_cases)
    if register and (sheets or urgent or not app.register.coalesce) and register_due(app, summary):
        sync_register(app, summary)
    if sheets:  # state-driven, on the schedule: a pushed letter's cycle never waits for a pass over every case
        reminders.run(app, summary)  # what is due now and not sent yet; office hours only
    if register or summary.reminders or summary.emails_queued:
        again = app.outbox.deliver(app.now())
        report.sent += again.sent
        report.held = again.held
        report.retrying = again.retrying
    summary.emails_sent = report.sent
    summary.emails_waiting = report.held + report.retrying
    return summary
