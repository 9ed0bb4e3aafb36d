"""One cycle of the daemon, top to bottom: sources → journal → cases → outbox → register → reminders → outbox.

Each step is resumable and fails alone. Items are journalled before anything else; cases and their
emails are created in one transaction; emails go out before the register is touched (an
acknowledgement never waits for a spreadsheet); the register step reads officers' edits, acts on
them, and writes hopthu's values back."""

from __future__ import annotations

from datetime import timezone

from hopthu import alerts
from hopthu.app import App
from hopthu.outbox.queue import DeliveryReport
from hopthu.pipeline import reminders
from hopthu.pipeline.collect import collect
from hopthu.pipeline.incoming import add_manual, process_pending
from hopthu.pipeline.register_sync import sync_register
from hopthu.pipeline.steps import record_steps, run_step
from hopthu.pipeline.summary import Summary

__all__ = ["Summary", "add_manual", "register_due", "run_cycle"]


def register_due(app: App, summary: Summary) -> bool:
    """The one throttle (`register.throttle`): a register on a request quota is synced at most every
    `register.write_every_seconds`, unless this cycle opened an urgent case."""
    if app.register_throttle is None:
        return True
    return app.register_throttle.due(urgent=any("urgent" in c.flags for c in summary.new_cases))


def run_cycle(app: App, *, register: bool = True) -> Summary:
    """`register=False`: leave the register step out (`hopthu import`); otherwise the throttle decides.
    Each step fails alone (`steps.run_step`): a register that cannot be written never stops reminders."""
    summary = Summary()
    run_step(app, summary, "intake", collect, app, summary)
    run_step(app, summary, "cases", process_pending, app, summary)
    report = run_step(app, summary, "outbox", app.outbox.deliver, app.now()) or DeliveryReport()
    if register and register_due(app, summary):
        run_step(app, summary, "register", sync_register, app, summary)
    # state-driven: what is due now and not sent yet; office hours only
    run_step(app, summary, "reminders", reminders.run, app, summary)
    if register or summary.reminders or summary.emails_queued:
        again = run_step(app, summary, "outbox", app.outbox.deliver, app.now())
        if again is not None:
            report.sent += again.sent
            report.held = again.held
            report.retrying = again.retrying
            report.waiting = again.waiting
            report.failed += again.failed
    summary.emails_sent = report.sent
    summary.emails_waiting = report.held + report.retrying + report.waiting
    summary.emails_failed = report.failed
    record_steps(app, summary, app.now().astimezone(timezone.utc).isoformat(timespec="seconds"))
    alerts.run(app, summary)  # raised, repeated daily, cleared; the "Hệ thống" sheet; never raises
    return summary
