"""Reports when they are due, emailed through the outbox: state-driven, like the reminders.

Every cycle asks, for `app.now()`, which reports are due (`periods.due_reports`) and not queued yet;
the outbox keys (`report:<period>:<address>`) are the only memory, so a day the PC was off heals
itself at the next cycle in office hours, and nothing goes twice. Only in office hours of working
days; a report whose day is more than `CATCH_UP_DAYS` back is left (it is made on demand).

* The monthly public result, on the first working day of the month: to the chair(s) and officers,
  as files ready to post (posting stays a person's act).
* The quarterly draft on the 20th of the quarter's last month, the half-year and year drafts on
  15 June / 15 December (the working day before when that day is off): to the chair(s), covering
  the period up to that day, for review before the 25th.

Rendering runs in the worker process (`reports.jobs`); a failure is logged and retried the next
day (`meta report-failed:<period>`), never every minute. Never touches the register.
"""

from __future__ import annotations

import logging
import mimetypes
from datetime import date, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from hopthu.app import App
from hopthu.journal import OutgoingRecord
from hopthu.outbox.queue import build_message, record
from hopthu.reports.periods import Period, due_reports

log = logging.getLogger("hopthu.reports.schedule")

CATCH_UP_DAYS = 10
TEMPLATE = "reports/gui-bao-cao.txt.j2"


def key_of(period: Period, address: str) -> str:
    return f"report:{period.key}:{address.lower()}"


def recipients(app: App, period: Period) -> dict[str, str]:
    """address → name: configured ones, else chairs (and for the monthly result, officers too)."""
    s = app.settings
    if s.reports.schedule.recipients:
        return {a.lower(): a for a in s.reports.schedule.recipients}
    roles = {"chair", "officer"} if period.kind == "month" else {"chair"}
    return {o.email.lower(): o.name for o in s.officers if roles & set(o.roles)}


def in_office_hours(app: App, now: datetime) -> bool:
    r = app.settings.reminders
    return app.calendar.is_working_day(now.date()) and r.office_start <= now.time().replace(tzinfo=None) < r.office_end


def run(app: App, summary: Any = None) -> int:
    """Once per cycle: queue the reports that are due; returns how many emails were queued."""
    if not app.settings.reports.schedule.enabled:
        return 0
    queued = 0
    try:  # a failure is the step's ("báo cáo", pipeline.steps): logged once, the cycle goes on
        now = app.now()
        if not in_office_hours(app, now):
            return 0
        today = now.date()
        for period, due, as_of in due_reports(today, app.calendar):
            if (today - due).days > CATCH_UP_DAYS:
                continue
            to = {a: n for a, n in recipients(app, period).items() if not app.journal.has_message(key_of(period, a))}
            if not to or app.journal.get_meta(f"report-failed:{period.key}") == today.isoformat():
                continue
            queued += _send(app, period, as_of, today, to)
    finally:
        if summary is not None and queued:
            summary.emails_queued += queued
    return queued


def make_report(*args, **kwargs):
    """`jobs.make_report`, imported when a report is due (the idling daemon needs only `due_reports`)."""
    from hopthu.reports.jobs import make_report as make

    return make(*args, **kwargs)


def _send(app: App, period: Period, as_of: date, today: date, to: dict[str, str]) -> int:
    from hopthu.reports import figures as F
    from hopthu.reports.cases import report_cases

    cases = report_cases(app.config, app.journal)
    try:
        files = make_report(app.config, cases, period, as_of=as_of, today=today, calendar=app.calendar)
    except Exception:
        app.journal.set_meta(f"report-failed:{period.key}", today.isoformat())  # tomorrow, not every minute
        raise
    fig = F.compute(cases, period, as_of=as_of, cal=app.calendar, min_group=app.settings.reports.min_group)
    send_by = period.last.replace(day=25) if period.kind != "month" else period.last  # the plan: "trước ngày 25"
    messages = [compose(app, period, fig, files, address, name, send_by) for address, name in sorted(to.items())]
    if app.journal.record_reminders([], messages):
        log.info("report %s queued for %d recipient(s)", period.key, len(messages))
        return len(messages)
    return 0


def compose(app: App, period: Period, fig, files: list[Path], address: str, name: str,
            send_by: date) -> OutgoingRecord:
    from hopthu.reports import figures as F

    s = app.settings
    t = fig.timeliness
    subject, body = app.templates.render(
        TEMPLATE, ward=s.ward, recipient_name=name, monthly=period.kind == "month", label=period.label,
        first=period.first, as_of=fig.as_of, send_by=send_by, total=fig.total, qr_share=F.percent(fig.qr_share),
        t=t, rate=F.percent(t.rate), files=[f.name for f in files])
    msg = build_message(app.sender, address, subject, body, auto="auto-generated", now=app.now())
    return record(key_of(period, address), "report", None, with_files(msg, body, files))


def with_files(msg: EmailMessage, body: str, files: list[Path]) -> EmailMessage:
    """The plain-text message of `build_message`, its headers kept, as multipart/mixed with the files."""
    out = EmailMessage()
    for header, value in msg.raw_items():
        if header.lower() not in ("content-type", "content-transfer-encoding", "mime-version"):
            out.set_raw(header, value)
    out.set_content(body, charset="utf-8", cte="base64")
    for path in files:
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if path.suffix == ".docx":
            kind = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        maintype, subtype = kind.split("/", 1)
        out.add_attachment(path.read_bytes(), maintype=maintype, subtype=subtype, filename=path.name)
    return out
