"""One cycle of the daemon, top to bottom: sources → journal → cases → outbox → register → reminders → outbox.

Each step is resumable and fails alone. Items are journalled before anything else; cases and their
emails are created in one transaction; emails go out before the register is touched (an
acknowledgement never waits for a spreadsheet); the register step reads officers' edits, acts on
them, and writes hopthu's values back."""

from __future__ import annotations

from datetime import timezone
from typing import TYPE_CHECKING

from hopthu import retention
from hopthu.outbox.queue import DeliveryReport
from hopthu.pipeline import officer_rows, register_sync, reminders
from hopthu.pipeline.collect import collect
from hopthu.pipeline.incoming import add_manual, process_pending
from hopthu.pipeline.steps import record_steps, run_step
from hopthu.pipeline.summary import WAITED, Summary
from hopthu.reports import schedule as report_schedule

if TYPE_CHECKING:
    from hopthu.app import App

__all__ = ["Summary", "add_manual", "register_due", "run_cycle", "sync_register"]


def sync_register(app: App, summary: Summary) -> None:
    """The register step: officers' new rows become cases, their edits are acted on, hopthu's values go out.

    Reading and writing the register (Google requests, the token bucket's waits) and planning the writes happen
    outside `app.work`: the daemon's mail loop opens cases and sends acknowledgements meanwhile. Acting on
    officers' edits holds it, row by row, so no case changes under them."""
    view = register_sync.read_register(app, summary)
    if view is None:
        return
    if view.snapshot is not None:  # a whole read: officers may have typed (Drive said so, or the safety net)
        with app.work:
            officer_rows.take_officer_rows(app, view.snapshot)
            process_pending(app, summary)
        register_sync.adopt_officer_edits(app, view, summary)  # takes `app.work` for each edited row
    # Without the lock: a case the mail loop changes meanwhile changed after `view.started`, so the next step
    # writes it again (SYNCED_AT); cells are only ever written where hopthu's last value still stands.
    if register_sync.write_out(app, summary, register_sync.plan_parts(app, view)):
        app.journal.set_meta(register_sync.SYNCED_AT, view.started)
    register_sync.sync_contacts(app, summary)


def register_due(app: App, summary: Summary) -> bool:
    """The one throttle (`register.throttle`): a register on a request quota is synced at most every
    `register.write_every_seconds`, unless this cycle opened an urgent case."""
    if app.register_throttle is None:
        return True
    return app.register_throttle.due(urgent=any("urgent" in c.flags for c in summary.new_cases))


def run_cycle(app: App, *, register: bool = True, sheets: bool = True, mail: bool = True) -> Summary:
    """`register=False`: leave the register step out (`hopthu import`); otherwise the throttle decides.

    `sheets=False`: the cycle a pushed letter wakes — mail on its own clock. Sources and a register on a
    request quota (Google) are left to the scheduled cycles, except that an urgent case still reaches the
    register at once; a local register (XLSX) is written as in any cycle. Reminders, retention and reports
    (passes over every case) are left to the scheduled cycles too.

    `mail=False`: the sheets' part alone (the daemon's sheet thread, service.py): no mail source, no delivery
    (the mail loop sends what it queued). The steps that change cases hold `app.work`, so the two may run at
    once; requests to Google never hold it.

    Each step fails alone (`steps.run_step`): a register that cannot be written never stops reminders. The
    alerts (alerts.py) are raised after the heartbeat, by whoever ran the cycle (the daemon, `hopthu once`)."""
    summary = Summary()
    collect(app, summary, sheets=sheets, mail=mail)  # one step per source ("nguồn <name>")
    with app.work:
        run_step(app, summary, "hồ sơ", process_pending, app, summary)
    report = DeliveryReport()
    if mail:
        with app.work:
            report = run_step(app, summary, "thư đi", app.outbox.deliver, app.now()) or report
    urgent = any("urgent" in c.flags for c in summary.new_cases)
    if app.stopping():  # asked to stop: what is left waits for the next start (every step resumes)
        register = sheets = False
    if register and (sheets or urgent or not app.register.coalesce) and register_due(app, summary):
        run_step(app, summary, "sổ theo dõi", sync_register, app, summary)
        if summary.register_busy is not None and not summary.steps["sổ theo dõi"]:
            summary.steps["sổ theo dõi"] = WAITED  # held open in Excel: waiting, not failed, but not done either
    elif urgent and app.register_throttle is not None:
        app.register_throttle.urge()  # the mail loop beside the sheet thread: its next cycle writes at once
    if sheets and not app.stopping():  # on the schedule: a pushed letter's cycle never waits for a pass over every case
        # What is due now (office hours only); the pass takes `app.work` case by case, never for all of it.
        run_step(app, summary, "nhắc hạn", reminders.run, app, summary)
        # Contact data of cases closed longer than privacy.retention_days, once a day (`app.work` case by case).
        run_step(app, summary, "xóa dữ liệu hết hạn", retention.run_daily, app, summary)
        run_step(app, summary, "báo cáo", report_schedule.run, app, summary)  # reports due, rendered in a worker
    if mail and (register or summary.reminders or summary.emails_queued) and not app.stopping():
        with app.work:
            again = run_step(app, summary, "thư đi", app.outbox.deliver, app.now())
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
    return summary
