"""System alerts: what keeps hopthu from doing its work, told to the people who can fix it.

Raised at the end of each cycle from what the journal knows: a step of the cycle that fails (`pipeline.steps`)
and emails that have waited longer than `outbox.alert_after_minutes`. Each alert is
- always in the log (ERROR when it starts, INFO when it ends);
- an email to the officers with role `admin` (and the chair where citizens' mail is stuck: intake, cases,
  outbox; the chair gets them all when no admin is named), once when it starts, then once a day while it
  lasts, then an all-clear; the emails carry no personal data;
- a line in the register's "Hệ thống" sheet (`write_status`, where the backend has one) with the last
  success of every step, so officers see trouble even when email is what broke.
State lives in the journal's `meta` table (`alert:<id>`), so a restart neither repeats nor forgets one.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from hopthu.outbox.queue import build_message, queued_at, record
from hopthu.pipeline.steps import STEPS, step_status

log = logging.getLogger("hopthu.alerts")

#: Steps whose failure means citizens' letters or the answers to them are stuck: the chair is told too.
CITIZENS_STUCK = {"intake", "cases", "outbox"}
#: The status sheet is refreshed at most this often (last successes move; on XLSX with the register's next
#: save) and at once when an alert starts or ends.
STATUS_EVERY = timedelta(minutes=15)


@dataclass
class Alert:
    id: str
    title: str       # short, Vietnamese, for the subject
    text: str        # what is wrong, Vietnamese
    text_en: str     # the same for a maintainer
    advice: str      # what to do, Vietnamese
    citizens: bool   # citizens' mail is stuck: the chair is told as well


def current(app, now: datetime) -> list[Alert]:
    """The alerts that hold now."""
    alerts = []
    for name, state in step_status(app).items():
        if state["error"]:
            alerts.append(Alert(
                f"step:{name}", f"bước «{STEPS[name]}» bị lỗi",
                f"Bước «{STEPS[name]}» bị lỗi: {state['error'][:400]}",
                f"step {name} fails: {state['error'][:200]}",
                "Người quản trị xem nhật ký và lệnh `hopthu check`; các bước khác vẫn chạy.",
                name in CITIZENS_STUCK))
    waiting = app.journal.due_messages("9999")  # every pending email (only those: sent ones are history)
    limit = timedelta(minutes=app.settings.outbox.alert_after_minutes)
    stuck = [m for m in waiting if (queued_at(m) or now) <= now - limit]
    if stuck:
        oldest = min(queued_at(m) for m in stuck).astimezone(app.config.tz)
        error = next((m.last_error for m in stuck if m.last_error), "") or "chưa gửi lần nào"
        alerts.append(Alert(
            "outbox", "thư không gửi đi được",
            f"{len(stuck)} thư chờ gửi quá {app.settings.outbox.alert_after_minutes:g} phút (thư lâu nhất viết lúc "
            f"{oldest:%H:%M %d/%m/%Y}). Lỗi gần nhất: {error[:300]}",
            f"{len(stuck)} email(s) waiting over {app.settings.outbox.alert_after_minutes:g} min; last error: {error[:200]}",
            "Kiểm tra mạng và máy chủ thư (`hopthu check`, `hopthu outbox list`). Thư được giữ và tự gửi lại "
            f"trong {app.settings.outbox.retry_days:g} ngày; thư khẩn và thư chuyển cơ quan được gửi trước.",
            True))
    return alerts


def _recipients(app, alert: Alert) -> list[str]:
    officers = app.settings.officers
    admins = [o.email for o in officers if "admin" in o.roles]
    chairs = [o.email for o in officers if "chair" in o.roles]
    wanted = admins + (chairs if alert.citizens or not admins else [])
    return list(dict.fromkeys(a.lower() for a in wanted))


def _queue(app, alert: Alert, key: str, since: datetime, now: datetime, *, repeat=False, cleared=False) -> int:
    subject, body = app.templates.render(
        "canh-bao-he-thong.txt.j2", title=alert.title, text=alert.text, text_en=alert.text_en, advice=alert.advice,
        since=since, now=now, repeat=repeat, cleared=cleared)
    queued = 0
    for address in _recipients(app, alert):
        msg = build_message(app.sender, address, subject, body, now=now)
        queued += app.journal.enqueue(record(f"{key}:{address}", "alert", None, msg))
    return queued


def run(app, summary=None) -> int:
    """Raise, repeat (daily) and clear alerts; refresh the status sheet. Returns emails queued. Never raises."""
    try:
        return _run(app, summary)
    except Exception:  # alerts must never stop a cycle
        log.exception("alerts failed")
        return 0


def _run(app, summary) -> int:
    now = app.now()
    today = now.date().isoformat()
    holding = {a.id: a for a in current(app, now)}
    with app.journal.transaction() as db:
        rows = db.execute("SELECT key, value FROM meta WHERE key LIKE 'alert:%'").fetchall()
    known = {r["key"][len("alert:"):]: json.loads(r["value"]) for r in rows}
    queued, changed = 0, False
    for aid, alert in holding.items():
        state = known.get(aid)
        if state is None:
            log.error("ALERT %s: %s", aid, alert.text_en)
            state = {"since": now.isoformat(), "day": today, "title": alert.title, "text": alert.text,
                     "text_en": alert.text_en, "citizens": alert.citizens}
            queued += _queue(app, alert, f"alert:{aid}:{today}", now, now)
            changed = True
        elif state["day"] != today:
            queued += _queue(app, alert, f"alert:{aid}:{today}", datetime.fromisoformat(state["since"]), now,
                             repeat=True)
            state["day"] = today
        state["text"] = alert.text
        app.journal.set_meta(f"alert:{aid}", json.dumps(state, ensure_ascii=False))
    for aid, state in known.items():
        if aid in holding:
            continue
        since = datetime.fromisoformat(state["since"])
        log.info("alert %s over (since %s)", aid, since.isoformat(timespec="minutes"))
        gone = Alert(aid, state["title"], state["text"], state["text_en"], "", state["citizens"])
        queued += _queue(app, gone, f"alert-clear:{aid}:{state['since']}", since, now, cleared=True)
        with app.journal.transaction() as db:
            db.execute("DELETE FROM meta WHERE key = ?", (f"alert:{aid}",))
        changed = True
    _status(app, now, holding, changed)
    if summary is not None:
        summary.emails_queued += queued
    return queued


def status_rows(app, now: datetime, holding: dict[str, Alert]) -> list[list[str]]:
    """The "Hệ thống" sheet: one line per step (last success, failing since, why), then each alert."""
    def local(iso: str) -> str:
        return datetime.fromisoformat(iso).astimezone(app.config.tz).strftime("%H:%M %d/%m/%Y") if iso else ""

    rows = [["Bước", "Lần chạy tốt gần nhất", "Lỗi từ", "Lỗi"]]
    for name, state in step_status(app).items():
        rows.append([STEPS[name], local(state["ok"]), local(state["failed_since"]), state["error"][:500]])
    rows.append(["", "", "", ""])
    rows.append(["Cập nhật lúc", now.strftime("%H:%M %d/%m/%Y"), "",
                 "Không có sự cố." if not holding else f"{len(holding)} sự cố đang có:"])
    for alert in holding.values():
        rows.append(["Sự cố", "", "", alert.text])
    return rows


def _status(app, now: datetime, holding: dict[str, Alert], changed: bool) -> None:
    writer = getattr(app.register, "write_status", None)
    if writer is None:
        return
    last = app.journal.get_meta("status:written_at", "")
    if not changed and last and now.astimezone(timezone.utc) - datetime.fromisoformat(last) < STATUS_EVERY:
        return
    try:
        # An alert that starts or ends is written at once; a routine refresh may ride on the register's next save.
        writer(status_rows(app, now, holding), now=changed or not last)
    except Exception as exc:  # the register may be the broken part: the log and the email still say it
        log.warning("could not write the status sheet: %s", exc)
        return
    app.journal.set_meta("status:written_at", now.astimezone(timezone.utc).isoformat(timespec="seconds"))
