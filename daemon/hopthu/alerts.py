"""System alerts: what keeps hopthu from doing its work, told to the people who can fix it. The one alerts
component: every trigger comes here, and here only are alerts logged, emailed and shown.

Raised after each cycle's heartbeat (the daemon's `_after`, `hopthu once`) from
- a step of the cycle that fails (`pipeline.steps`: "bước «sổ theo dõi» bị lỗi", with the reason);
- emails that have waited longer than `outbox.alert_after_minutes`;
- health.py's conditions on the heartbeat: cycles failing in a row, a silent source, low disk, rules or
  templates that no longer load, the register held open in Excel.
Each alert is
- always in the log (ERROR when it starts — WARNING for a wait such as Excel holding the register —, INFO
  when it ends);
- an email to the officers with role `admin` (and the chair where citizens' mail is stuck; the chair gets
  them all when no admin is named): once when it starts, then once a day while it lasts, then an
  all-clear (`health.due_notices` decides; the emails carry no personal data). A newer notice of an alert
  replaces its older ones still waiting in the outbox (after a mail outage, one email per alert, not one
  per day of the outage);
- a line in the register's "Hệ thống" sheet or tab (`write_status`, where the backend has one) with the last
  success of every step, so officers see trouble even when email is what broke.
The memory (which alerts hold, since when, the day last told) is the journal's `meta` row `alerts`, so a
restart neither repeats nor forgets one.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import datetime, timedelta, timezone
from typing import Any

from hopthu import health
from hopthu.health import Condition
from hopthu.outbox.queue import build_message, date_of, record
from hopthu.pipeline.steps import citizens_stuck, step_status

log = logging.getLogger("hopthu.alerts")

MEMORY = "alerts"
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
#: The status sheet is refreshed at most this often (last successes move; on XLSX with the register's next
#: save) and at once when an alert starts or ends.
STATUS_EVERY = timedelta(minutes=15)
#: What the log says when an alert ends, where plainer than "over".
CLEARED_TEXT = {"register-open": "Sổ theo dõi đã đóng, hopthu đã ghi các thay đổi chờ. / The register was closed; "
                                 "the waiting writes landed."}


def current(app, now: datetime, beat: dict[str, Any] | None = None) -> list[Condition]:
    """The alerts that hold now; `beat`: the heartbeat just written (health.py's conditions read it)."""
    found = []
    for name, state in step_status(app).items():
        if state["error"]:
            found.append(Condition(
                f"step:{name}", f"Bước «{name}» bị lỗi: {state['error'][:400]}",
                f"step {name} fails: {state['error'][:200]}", title=f"bước «{name}» bị lỗi",
                advice="Người quản trị xem nhật ký và lệnh `hopthu check`; các bước khác vẫn chạy.",
                citizens=citizens_stuck(name)))
    stuck = _stuck_mail(app, now)
    if stuck is not None:
        found.append(stuck)
    if beat:
        settings = app.settings
        for cond in health.conditions(beat, now, settings.health, settings.register.busy_notice_minutes):
            if cond.key == "failed-cycles" and found:
                continue  # the failing step (or the mail) is named already: one alert for one cause
            found.append(cond)
    return found


def _stuck_mail(app, now: datetime) -> Condition | None:
    cutoff = now - timedelta(minutes=app.settings.outbox.alert_after_minutes)
    count, oldest, error = 0, now, ""
    for _, head, last_error in app.journal.pending_heads():  # heads only, a page at a time
        written = date_of(head) or now
        if written <= cutoff:
            count += 1
            oldest = min(oldest, written)
            error = error or last_error
    if not count:
        return None
    at = oldest.astimezone(app.config.tz)
    minutes = app.settings.outbox.alert_after_minutes
    error = error or "chưa gửi lần nào"
    return Condition(
        "outbox",
        f"{count} thư chờ gửi quá {minutes:g} phút (thư lâu nhất viết lúc {at:%H:%M %d/%m/%Y}). "
        f"Lỗi gần nhất: {error[:300]}",
        f"{count} email(s) waiting over {minutes:g} min; last error: {error[:200]}",
        title="thư không gửi đi được",
        advice="Kiểm tra mạng và máy chủ thư (`hopthu check`, `hopthu outbox list`). Thư được giữ và tự gửi lại "
               f"trong {app.settings.outbox.retry_days:g} ngày; thư khẩn và thư chuyển cơ quan được gửi trước.",
        citizens=True)


def _recipients(app, citizens: bool) -> list[str]:
    officers = app.settings.officers
    admins = [o.email for o in officers if "admin" in o.roles]
    chairs = [o.email for o in officers if "chair" in o.roles]
    wanted = admins + (chairs if citizens or not admins else [])
    return list(dict.fromkeys(a.lower() for a in wanted))


def _queue(app, seen: dict[str, Any], key: str, aid: str, now: datetime, *, repeat=False, cleared=False) -> int:
    """Queue the notice to each recipient; older notices of the same alert still waiting are cancelled."""
    since = datetime.fromisoformat(seen["since"])
    subject, body = app.templates.render(
        "canh-bao-he-thong.txt.j2", title=seen["title"], text=seen["vi"], text_en=seen["en"],
        advice=seen.get("advice", ""), since=since, now=now, repeat=repeat, cleared=cleared)
    queued = 0
    for address in _recipients(app, bool(seen.get("citizens"))):
        older = [k for k in app.journal.pending_keys(f"alert:{aid}:")
                 if k.endswith(f":{address}") and _DAY.fullmatch(k[len(f"alert:{aid}:"):-len(address) - 1])]
        if older:  # still waiting (mail was down): the newer notice replaces them
            app.journal.cancel_messages(older, "thay bằng thông báo mới hơn / replaced by a newer notice")
        msg = build_message(app.sender, address, subject, body, now=now)
        queued += app.journal.enqueue(record(f"{key}:{address}", "alert", None, msg))
    return queued


def run(app, summary=None, beat: dict[str, Any] | None = None) -> int:
    """Raise, repeat (daily) and clear alerts; refresh the status sheet. Returns emails queued. Never raises."""
    try:
        return _run(app, summary, beat)
    except Exception:  # alerts must never stop the daemon
        log.exception("alerts failed")
        return 0


def _run(app, summary, beat) -> int:
    now = app.now()
    today = now.astimezone(app.config.tz).date()
    holding = current(app, now, beat)
    before: dict[str, dict[str, Any]] = json.loads(app.journal.get_meta(MEMORY, "{}") or "{}")
    notices, memory = health.due_notices(holding, before, today)
    by_key = {c.key: c for c in holding}
    queued = 0
    for notice in notices:
        aid = notice.condition.key
        if notice.kind == "cleared":
            seen = before[aid]
            log.info("%s", CLEARED_TEXT.get(aid) or f"alert {aid} over (since {seen.get('since', '?')})")
            queued += _queue(app, seen, f"alert-clear:{aid}:{seen.get('since', '')}", aid, now, cleared=True)
            continue
        cond = by_key[aid]
        seen = memory[aid]
        if notice.kind == "raised":
            seen.update(since=now.isoformat(), title=cond.title or cond.vi[:80], advice=cond.advice,
                        citizens=cond.citizens)
            log.log(logging.WARNING if cond.wait else logging.ERROR, "ALERT %s: %s", aid, cond.text)
        queued += _queue(app, seen, f"alert:{aid}:{seen['day']}", aid, now, repeat=notice.kind == "repeated")
    for aid, cond in by_key.items():  # the newest wording (the step's error, how many emails wait)
        memory[aid]["vi"], memory[aid]["en"] = cond.vi, cond.en
    app.journal.set_meta(MEMORY, json.dumps(memory, ensure_ascii=False))
    _status(app, now, holding, changed=any(n.kind != "repeated" for n in notices))
    if summary is not None:
        summary.emails_queued += queued
    return queued


def status_rows(app, now: datetime, holding: list[Condition]) -> list[list[str]]:
    """The "Hệ thống" sheet: one line per step (last success, failing since, why), then each alert."""
    def local(iso: str) -> str:
        return datetime.fromisoformat(iso).astimezone(app.config.tz).strftime("%H:%M %d/%m/%Y") if iso else ""

    rows = [["Bước", "Lần chạy tốt gần nhất", "Lỗi từ", "Lỗi"]]
    for name, state in step_status(app).items():
        rows.append([name, local(state["ok"]), local(state["failed_since"]), state["error"][:500]])
    rows.append(["", "", "", ""])
    rows.append(["Cập nhật lúc", now.astimezone(app.config.tz).strftime("%H:%M %d/%m/%Y"), "",
                 "Không có sự cố." if not holding else f"{len(holding)} sự cố đang có:"])
    for cond in holding:
        rows.append(["Sự cố", "", "", cond.vi])
    return rows


def _status(app, now: datetime, holding: list[Condition], changed: bool) -> None:
    writer = getattr(app.register, "write_status", None)
    if writer is None:
        return
    last = app.journal.get_meta("status:written_at", "")
    if not changed and last and now.astimezone(timezone.utc) - datetime.fromisoformat(last) < STATUS_EVERY:
        return
    try:
        # An alert that starts or ends is written at once; a routine refresh may ride on the register's next save.
        writer(status_rows(app, now, holding), now=changed or not last)
    except Exception as exc:  # the register may be the broken part (or held open): the log and the email say it
        log.warning("could not write the status sheet: %s", exc)
        return
    app.journal.set_meta("status:written_at", now.astimezone(timezone.utc).isoformat(timespec="seconds"))

