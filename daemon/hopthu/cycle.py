"""One cycle of the daemon, top to bottom: sources → intake → classify → cases → outbox → register → outbox.

Each step is resumable. Items are journalled before anything else; cases and
their emails are created in one transaction; emails go out before the register
is touched (an acknowledgement never waits for a spreadsheet); the register
step reads officers' edits, acts on them, and writes hopthu's values back.
A failure in one item quarantines that item, never the cycle.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from dataclasses import dataclass, field

from . import casework, reminders
from .app import App
from .formfile import parse_timestamp
from .intake import (
    Unreadable,
    email_kind,
    email_submission,
    form_submission,
    manual_submission,
    save_raw,
)
from .model import CHANNEL_LABELS, FINISHED, FLAG_LABELS, Case, Complexity, Status
from .parsing import fingerprint, parse_email
from .redact import redact
from .replies import agency_intent, auth_verdict, bounce_details, mask_addresses, own_text
from .register import BY_ID, COLUMNS, CellWrite, RegisterError, WritePlan, WriteResult, canonical
from .sources import RawItem
from .textnorm import fold

log = logging.getLogger("hopthu.cycle")


@dataclass
class Summary:
    new_cases: list[Case] = field(default_factory=list)
    linked: int = 0            # follow-ups, replies and Form edits added to existing cases
    ignored: int = 0           # auto-replies and bounces: no case, no answer
    quarantined: list[str] = field(default_factory=list)
    emails_queued: int = 0
    emails_sent: int = 0
    emails_waiting: int = 0
    register_written: int = 0
    officer_edits: int = 0
    reminders: int = 0         # reminder, digest and escalation emails queued (reminders.py)
    errors: list[str] = field(default_factory=list)

    def by(self, attr: str) -> Counter:
        return Counter(getattr(c, attr) or "" for c in self.new_cases)


# -- 1. sources → journal --------------------------------------------------


#: Items journalled per transaction (one fsync) before their source may tidy them up, and the bytes a
#: batch may hold in memory (letters with photos: a batch closes early).
RECORD_BATCH = 100
RECORD_BYTES = 32 * 1024 * 1024


def collect(app: App, summary: Summary) -> int:
    """Journal every new raw item first; only then may a source tidy up (e.g. move the IMAP message)."""
    count = 0
    for source in app.sources:
        known = app.journal.known_sources(source.known_prefix())
        try:
            count += journal_items(app, source, source.poll(known))
        except Exception as exc:
            msg = f"nguồn {source.name}: {exc}"
            log.error("source %s failed: %s", source.name, exc)
            summary.errors.append(msg)
    return count


def journal_items(app: App, source, items, *, progress=None) -> int:
    """Record items in batches of RECORD_BATCH, one transaction each; after each batch is committed,
    `source.acknowledge` it. Items read before a source fails midway are still journalled and
    acknowledged. `progress(n)` is told how many items each batch held. Returns how many were new."""
    count = 0
    batch: list[RawItem] = []

    def flush() -> None:
        nonlocal count
        if not batch:
            return
        rows = [(item.source_id, item.channel, item.fingerprint, item.raw,
                 {"row": item.row, "ack": item.ack} if item.row or not item.ack else {}) for item in batch]
        count += app.journal.record_intakes(rows)
        source.acknowledge(list(batch))
        if progress is not None:
            progress(len(batch))
        batch.clear()

    held = 0
    try:
        for item in items:
            batch.append(item)
            held += len(item.raw or b"")
            if len(batch) >= RECORD_BATCH or held >= RECORD_BYTES:
                flush()
                held = 0
    finally:
        flush()
    return count


# -- 2. journal → cases ----------------------------------------------------


#: Intakes turned into cases per journal transaction (one fsync). Each item's own writes are a savepoint
#: inside it, so a failing item is undone alone; nothing is sent before the batch is committed.
PROCESS_BATCH = 50


def process_pending(app: App, summary: Summary) -> None:
    pending = app.journal.pending_intakes()
    for start in range(0, len(pending), PROCESS_BATCH):
        with app.journal.transaction():
            for intake in pending[start:start + PROCESS_BATCH]:
                _process_guarded(app, intake, summary)


def _process_guarded(app: App, intake, summary: Summary) -> None:
    try:
        _process_one(app, intake, summary)
    except Unreadable as exc:
        _quarantine(app, intake.source_id, str(exc), summary)
    except Exception as exc:  # a bug or a bad item must not stop the other items
        log.exception("intake %s failed", intake.source_id)
        _quarantine(app, intake.source_id, f"lỗi khi xử lý ({type(exc).__name__}: {exc}); báo cho người quản trị", summary)


def _quarantine(app: App, source_id: str, reason: str, summary: Summary, state: str = "quarantined") -> None:
    app.journal.set_intake_state(source_id, state, reason)
    raw = app.journal.raw(source_id)
    if raw:  # a copy an officer can open in a mail program (state/raw/…eml)
        app.journal.set_raw_path(source_id, save_raw(app.config.state_dir, source_id, raw))
    summary.quarantined.append(source_id)
    log.warning("%s %s: %s", state, source_id, reason)


def _rescan_of(source_id: str, earlier: str) -> bool:
    if not source_id.startswith("imap:"):
        return False
    from .imap_source import rescan_of  # IMAP only: imapclient stays unloaded for a Maildir ward

    return rescan_of(source_id, earlier)


def _flooding(app: App, source_id: str, sender: str) -> bool:
    """More than `inbox.flood_per_hour` items from one sender within an hour (agencies and officers never)."""
    sender = (sender or "").lower()
    if not sender or sender in _staff_addresses(app):
        return False
    return app.journal.note_sender(source_id, sender) >= app.settings.inbox.flood_per_hour


def _staff_addresses(app: App) -> set[str]:
    s = app.settings
    return ({e.lower() for a in s.agencies.values() for e in a.emails}
            | {o.email.lower() for o in s.officers} | {s.ward.front_email.lower()})


def _process_one(app: App, intake, summary: Summary) -> None:
    now = app.now()
    s = app.settings
    ack = intake.payload.get("ack", True)
    item = RawItem(source_id=intake.source_id, channel=intake.channel, row=intake.payload.get("row") or {},
                   fingerprint=intake.fingerprint, ack=ack)
    quiet_ack = False
    if intake.channel == "email":
        raw = app.journal.raw(intake.source_id)
        item.raw = raw
        parsed = parse_email(raw)
        if parsed.message_id and app.journal.message_by_id(parsed.message_id):
            # One of our own messages came back (a forward or a copy into the inbox): never answer it.
            app.journal.set_intake_state(intake.source_id, "ignored", "thư do chính Hòm thư số gửi đi")
            summary.ignored += 1
            return
        first = app.journal.intake_by_fingerprint(intake.fingerprint) if intake.fingerprint else None
        if first and first.source_id != intake.source_id and _rescan_of(intake.source_id, first.source_id):
            # The same message listed again after the folder's UIDVALIDITY changed: nothing new happened.
            app.journal.set_intake_state(intake.source_id, "duplicate", f"như {first.source_id} (UIDVALIDITY đổi)",
                                         case_code=first.case_code)
            return
        kind = email_kind(parsed, s.ward.mail_domain)
        if kind in ("bounce", "autoreply"):
            _ignore(app, intake.source_id, parsed, kind, summary, raw)
            return
        if ack and not intake.payload.get("force") and _flooding(app, intake.source_id, parsed.from_addr):
            _quarantine(app, intake.source_id,
                        f"flood: hơn {s.inbox.flood_per_hour} thư trong một giờ từ cùng một người gửi; giữ lại, "
                        f"không trả lời. Xem rồi chạy `hopthu quarantine release` nếu là thư thật", summary, state="held")
            return
        if kind == "reply":
            if _link_reply(app, intake.source_id, parsed, summary, raw):
                return
        # A second copy of a letter already taken (same Message-ID): part of that case, no new case.
        if first and first.source_id != intake.source_id and first.case_code:
            _link(app, intake.source_id, first.case_code, "Nhận lại cùng một thư (trùng Message-ID)", summary)
            return
        sub = email_submission(
            item, parsed, tz=app.config.tz, state_dir=app.config.state_dir,
            max_bytes=s.attachments.max_bytes, allowed_types=s.attachments.allowed_types, now=now,
            force=bool(intake.payload.get("force")),
        )
        # RFC 3834 §2: one automatic answer per sender in a while, so a flood or a loop gets one acknowledgement.
        if sub.ack and sub.contact.email and app.journal.recent_ack_to(sub.contact.email):
            sub.ack, quiet_ack = False, True
    elif intake.channel == "form":
        edit_of = item.row.get("edit_of")
        if edit_of:
            original = app.journal.intake(edit_of)
            if original and original.case_code:
                text = redact(item.row.get("text", ""), names=[item.row.get("name", "")] if item.row.get("name") else [])
                _link(app, intake.source_id, original.case_code, f"Người gửi sửa câu trả lời Form: {text}", summary)
                return
        sub = form_submission(item, tz=app.config.tz, now=now)
    else:
        sub = manual_submission(item, tz=app.config.tz, now=now)

    decision = app.rules.classify(sub)
    year = sub.received_at.year
    claim = item.row.get("claim_row", "")

    queued: list = []

    def build(code: str):
        case, contact, messages = casework.open_case(app, code, sub, decision)
        queued[:] = messages
        if claim:  # an officer's own row in the register: keep their text as the summary
            case.summary = claim
        if quiet_ack:
            case.history.append(casework.stamp(
                app, "Không gửi thư xác nhận: người gửi đã nhận một thư xác nhận trong một giờ qua"))
        return case, contact, messages

    case = app.journal.create_case(intake.source_id, year, build)
    summary.new_cases.append(case)
    summary.emails_queued += len(queued)
    log.info("case %s opened: %s → %s (%s)", case.code, case.category, case.agency, case.rule or "triage")


def _ignore(app: App, source_id: str, parsed, kind: str, summary: Summary, raw: bytes = b"") -> None:
    """Auto-replies and bounces: no case, no answer. A bounce marks the email it returns as failed; a
    routed case that did not reach an agency is told to the front's officers."""
    reason = "thư báo lỗi gửi (bounce)" if kind == "bounce" else "thư trả lời tự động"
    if kind == "bounce":
        info = bounce_details(raw)
        why = " ".join(p for p in (info.status, info.diagnostic) if p) or parsed.subject or "delivery failed"
        for ref in dict.fromkeys([parsed.in_reply_to, *parsed.references, *info.message_ids]):
            out = app.journal.message_by_id(ref) if ref else None
            if not out:
                continue
            app.journal.mark_failed(out.key, "bounced: " + why)
            reason += f" cho thư {out.kind} của {out.case_code}"
            if out.kind == "routed" and out.case_code:
                _alert_undelivered(app, out, why)
    app.journal.set_intake_state(source_id, "ignored", reason)
    summary.ignored += 1


def _alert_undelivered(app: App, out, why: str) -> None:
    """A routed case bounced: the officers (roles officer, chair) must reach the agency another way."""
    case = app.journal.case(out.case_code)
    if case is None:
        return
    parts = out.key.split(":")  # routed:<code>:<agency id | extra>:<address>
    agency = app.config.agency_name(parts[2]) if len(parts) > 3 and parts[2] != "extra" else "người nhận bổ sung"
    messages = []
    for officer in app.settings.officers:
        if {"officer", "chair"} & set(officer.roles):
            msg = casework.compose(app, "bao-loi-gui.txt.j2", f"bounce:{out.key}:{officer.email.lower()}", "alert",
                                   case, officer.email, failed_agency=agency, failed_address=out.recipient, why=why)
            msg.priority = 0
            messages.append(msg)
    event = f"Thư chuyển xử lý đến {agency} không đến được ({why[:120]}); đã báo cán bộ Mặt trận"
    app.journal.save_case(case, [casework.stamp(app, event)], messages)


def _link(app: App, source_id: str, code: str, event: str, summary: Summary) -> None:
    case = app.journal.case(code)
    if case is None:
        raise Unreadable(f"thư nhắc đến hồ sơ {code} nhưng không có hồ sơ này")
    app.journal.save_case(case, [casework.stamp(app, event)])
    app.journal.set_intake_state(source_id, "linked", "", case_code=code)
    summary.linked += 1


def _link_reply(app: App, source_id: str, parsed, summary: Summary, raw: bytes = b"") -> bool:
    """A message about one of our cases: an agency's reply or a citizen's follow-up. False if no case fits.

    The case is found by In-Reply-To/References (our own Message-IDs), then by the [HT-yyyy-nnnn] tag.
    Only the case's lead or co-ordinating agency (and, where the receiving server checked, only with
    SPF or DKIM passing) or the citizen who wrote may add to a case; anyone else is quarantined.
    """
    code, out = "", None
    for ref in [parsed.in_reply_to, *parsed.references]:
        found = app.journal.message_by_id(ref) if ref else None
        if found and found.case_code:
            code, out = found.case_code, found
            break
    code = code or parsed.case_tag
    if not code:
        return False
    case = app.journal.case(code)
    if case is None:
        raise Unreadable(f"thư có mã {code} nhưng không có hồ sơ này: cán bộ kiểm tra")
    sender = parsed.from_addr
    agency_id = next((aid for aid in [case.agency, *case.co_agencies] if aid and aid in app.settings.agencies
                      and sender in {e.lower() for e in app.settings.agencies[aid].emails}), None)
    contact = app.journal.contact(code)
    if agency_id:
        verdict = auth_verdict(raw, sender)
        if app.settings.inbox.require_auth_pass and verdict.present and not verdict.passed:
            raise Unreadable(
                f"thư mang mã {code} từ địa chỉ của {app.config.agency_name(agency_id)} nhưng máy chủ nhận thư không "
                f"xác thực được người gửi (SPF/DKIM không đạt: {mask_addresses(verdict.detail)}): cán bộ kiểm tra "
                f"(có thể là thư giả mạo)"
            )
        _agency_reply(app, source_id, case, agency_id, parsed)
    elif sender and sender == contact.email.lower():
        _citizen_reply(app, source_id, case, contact, parsed, out)
    else:
        raise Unreadable(
            f"thư mang mã {code} nhưng người gửi không phải cơ quan được giao hay người gửi ban đầu: "
            f"cán bộ kiểm tra (có thể là thư giả mạo)"
        )
    summary.linked += 1
    return True


def _agency_reply(app: App, source_id: str, case: Case, agency_id: str, parsed) -> None:
    """"HỎI:" a question relayed to the citizen; "TIẾN ĐỘ:" a progress note; anything else the answer,
    which waits for the front's approval (or goes out at once with answers.auto_relay: reminders.upkeep)."""
    name = app.config.agency_name(agency_id)
    intent, text = agency_intent(parsed.text)
    text = mask_addresses(text)
    messages, question = [], None
    if intent == "question":
        contact = app.journal.contact(case.code)
        events = [f"{name} hỏi bổ sung: {text}"]
        if contact.email:
            key = f"question:{case.code}:{fingerprint(parsed.message_id or source_id)[:12]}"
            messages.append(casework.compose(app, "hoi-bo-sung.txt.j2", key, "relay", case, contact.email,
                                             question=text, asker_name=name))
            question = {"relay_key": key, "case_code": case.code, "agency": agency_id, "asked_by": parsed.from_addr,
                        "their_msgid": parsed.message_id, "question": text}
            events.append("Đã chuyển câu hỏi đến người gửi từ địa chỉ của Mặt trận (hai bên không thấy địa chỉ của nhau)")
        elif contact.phone:
            events.append("Người gửi chỉ để lại số điện thoại: cán bộ gọi lại để hỏi bổ sung")
        else:
            events.append("Người gửi ẩn danh: không hỏi bổ sung được; cán bộ báo lại cơ quan")
        if (contact.email or contact.phone) and case.status not in FINISHED:
            case.status = Status.WAITING_CITIZEN  # the clock stops (reminders.upkeep)
    elif intent == "progress":
        events = [f"{name} báo tiến độ: {text}"]
    else:
        case.answer = case.answer or text
        if case.status not in FINISHED:
            case.status = Status.AWAITING_APPROVAL
        events = [f"{name} trả lời; chờ Mặt trận duyệt"]
    app.journal.settle(source_id, "linked", case=case, events=[casework.stamp(app, e) for e in events],
                       messages=messages, question=question)


def _citizen_reply(app: App, source_id: str, case: Case, contact, parsed, out) -> None:
    """A citizen's follow-up; when it answers an agency's question, it goes to that agency, redacted,
    from the front's address."""
    question = app.journal.question(out.key) if out is not None and out.kind == "relay" else None
    question = question or app.journal.open_question(case.code)
    text = redact(own_text(parsed.text), names=[contact.name] if contact.name else [])
    if question is None:
        app.journal.settle(source_id, "linked", case=case, events=[casework.stamp(app, f"Người gửi bổ sung: {text}")])
        return
    name = app.config.agency_name(question["agency"])
    key = f"answer-relay:{case.code}:{fingerprint(parsed.message_id or source_id)[:12]}"
    relay = casework.compose(app, "tra-loi-bo-sung.txt.j2", key, "relay", case, question["asked_by"],
                             in_reply_to=question["their_msgid"], answer=text, question=question["question"],
                             asker_name=name)
    if case.status == Status.WAITING_CITIZEN:
        case.status = Status.IN_PROGRESS  # the clock runs again (reminders.upkeep)
    events = [f"Người gửi trả lời câu hỏi bổ sung: {text}",
              f"Đã chuyển câu trả lời đến {name} (đã ẩn thông tin cá nhân)"]
    app.journal.settle(source_id, "linked", case=case, events=[casework.stamp(app, e) for e in events],
                       messages=[relay], answered=question["relay_key"])


# -- 3. the register -------------------------------------------------------


def row_values(app: App, case: Case) -> dict:
    cfg = app.config
    return {
        "code": case.code,
        "received": case.received_at.replace(tzinfo=None, second=0, microsecond=0),
        "channel": CHANNEL_LABELS[case.channel],
        "tdp": case.tdp,
        "category": cfg.category_name(case.category),
        "agency": cfg.agency_name(case.agency) if case.agency else "",
        "co_agencies": "; ".join(cfg.agency_name(a) for a in case.co_agencies),
        "complexity": (Complexity.COMPLEX if case.complex else Complexity.NORMAL).value,
        "deadline": case.deadline,
        "status": case.status.value,
        "flags": ", ".join(FLAG_LABELS.get(f, f) for f in case.flags),
        "summary": "\n".join(p for p in (case.subject, case.summary) if p)[:5000],
        "officer": case.officer,
        "answer": case.answer,
        "answered_on": case.answered_on,
        "notes": case.notes,
        "history": "\n".join(case.history[-12:]),
    }


def _lookup(options: dict[str, str], value: str) -> str | None:
    """An id from a name or id typed by an officer, diacritics-insensitive."""
    key = fold(value)
    for oid, name in options.items():
        if key in (fold(oid), fold(name)):
            return oid
    return None


class NotUnderstood(ValueError):
    """An officer's value hopthu cannot act on (an unknown agency, say): it stays, untouched."""


def _adopt(app: App, case: Case, column: str, value: str) -> tuple[list[str], list]:
    """Act on an officer's value in a shared or officer column. Returns (events, emails)."""
    cfg = app.config
    s = app.settings
    events: list[str] = []
    messages: list = []
    if column == "category":
        cid = _lookup({k: v.name for k, v in s.categories.items()}, value)
        if cid is None:
            raise NotUnderstood("không có lĩnh vực này trong cấu hình")
        if cid != case.category:
            case.category = cid
            events.append(f"Cán bộ đổi lĩnh vực: {cfg.category_name(cid)}")
    elif column == "agency":
        aid = _lookup({k: v.name for k, v in s.agencies.items()}, value) if value else None
        if value and aid is None:
            raise NotUnderstood("không có cơ quan này trong cấu hình")
        if aid != case.agency:
            case.agency = aid
            events.append(f"Cán bộ chuyển lại cho: {cfg.agency_name(aid)}")
            if aid and case.status not in FINISHED:
                case.status = Status.ROUTED
                messages += casework.routing_messages(app, case)
    elif column == "co_agencies":
        names = [v.strip() for v in value.replace(",", ";").split(";") if v.strip()]
        ids = [a for a in (_lookup({k: v.name for k, v in s.agencies.items()}, n) for n in names) if a]
        if ids != case.co_agencies:
            case.co_agencies = ids
            events.append("Cán bộ đổi cơ quan phối hợp: " + (", ".join(cfg.agency_name(a) for a in ids) or "không"))
    elif column == "complexity":
        level = Complexity.parse(value)
        if level is None:
            raise NotUnderstood("dùng Thông thường hoặc Phức tạp")
        if (level == Complexity.COMPLEX) != case.complex:
            case.complex = level == Complexity.COMPLEX
            case.deadline = casework.recompute_deadline(app, case)  # keeps the time of earlier pauses
            events.append(f"Cán bộ đổi mức độ: {level.value}; hạn mới {case.deadline:%d/%m/%Y}")
    elif column == "status":
        status = Status.parse(value)
        if status is None:
            raise NotUnderstood("chọn trạng thái trong danh sách thả xuống")
        if status != case.status:
            previous, today = case.status, app.now().date()
            case.status = status
            events.append(f"Cán bộ đổi trạng thái: {status.value}")
            if previous == Status.WAITING_CITIZEN and status != Status.WAITING_CITIZEN:
                events += casework.resume_clock(app, case, today)  # the deadline moves by the stopped time
            if status == Status.WAITING_CITIZEN:
                events += casework.pause_clock(case, today)
            elif status == Status.ANSWERED:
                # Email: sent once; phone only: "Chờ gọi lại" until the officer has called; anonymous: answered.
                e, m = casework.approve_answer(app, case, previous, today)
                events += e
                messages += m
    elif column == "answer":
        case.answer = value
    elif column == "officer":
        if value != case.officer:
            case.officer = value
            events.append(f"Cán bộ phụ trách: {value or '(trống)'}")
    elif column == "notes":
        case.notes = value
    return events, messages


def _claim_row(app: App, case: Case, row, desired: dict, plan: WritePlan, remember: dict) -> None:
    """An officer's own new row: give it its code and fill only the cells the officer left empty.

    What the officer typed there (category, agency, status...) wins over the rules and is acted on.
    """
    events, messages = [], []
    for cid, value in desired.items():
        col = BY_ID[cid]
        if col.owner == "officer" or cid == "summary":
            continue
        typed = row.text(cid)
        if typed:
            if col.owner == "shared" and typed != canonical(value):
                try:
                    e, m = _adopt(app, case, cid, typed)
                except NotUnderstood:
                    continue  # kept as typed; the next cycle reports it once
                events += e
                messages += m
            remember[(case.code, cid)] = typed
            continue
        plan.writes.append(CellWrite(case.code, cid, value, expect="", claim=row.text("summary")))
    if events or messages:
        app.journal.save_case(case, [casework.stamp(app, e) for e in events], messages)


def sync_register(app: App, summary: Summary) -> None:
    try:
        snapshot = app.register.read()
    except RegisterError as exc:
        summary.errors.append(str(exc))
        log.error("%s", exc)
        return
    written = app.journal.written_cells()
    rows = snapshot.by_code()
    remember: dict[tuple[str, str], str] = {}

    # Officers' new rows (paper box, meetings): intake them like any other item.
    for row in snapshot.uncoded():
        text = row.text("summary")
        sid = "register:" + fingerprint(text, row.text("tdp"), row.text("received"))
        payload = {
            "text": text,
            "tdp": row.text("tdp"),
            "date": row.text("received"),
            "claim_row": text,
        }
        if app.journal.record_intake(sid, "paper", sid, "", {"row": payload, "ack": False}):
            log.info("officer row taken as a paper item")
    process_pending(app, summary)

    # Officers' edits: where a cell no longer holds what hopthu wrote, the officer's value wins.
    cases = {c.code: c for c in app.journal.cases()}
    for code, row in rows.items():
        case = cases.get(code)
        if case is None:
            continue
        events, messages = [], []
        adopted = False
        # Status last: "Đã trả lời" acts on the answer text typed in the same edit.
        for col in sorted(COLUMNS, key=lambda c: c.id == "status"):
            if col.owner == "hopthu" or col.id not in row.values:
                continue
            current = row.text(col.id)
            last = written.get((code, col.id))
            baseline = last if last is not None else canonical(row_values(app, case)[col.id])
            if current != baseline:
                try:
                    e, m = _adopt(app, case, col.id, current)
                except NotUnderstood as exc:
                    # Keep the officer's text, act on nothing, say so once in the history.
                    if written.get((code, "!" + col.id)) != current:
                        events.append(f'Không hiểu giá trị "{current}" ở cột {col.header} ({exc}); giữ nguyên')
                        remember[(code, "!" + col.id)] = current
                    continue
                events += e
                messages += m
                remember[(code, col.id)] = current  # acted on: the officer's value is the new baseline
                summary.officer_edits += 1
                adopted = True
        # Saved even without an event (an answer or note typed alone), or the journal would keep the old
        # value and hopthu would write it back over the officer's.
        if events or messages or adopted:
            app.journal.save_case(case, [casework.stamp(app, e) for e in events], messages)
            summary.emails_queued += len(messages)
    if remember:
        app.journal.remember_cells(remember)
        written.update(remember)

    # hopthu's values out: one batch of cell writes and appends.
    plan = WritePlan()
    uncoded = {row.text("summary"): row for row in snapshot.uncoded()}
    for case in app.journal.cases():
        desired = row_values(app, case)
        row = rows.get(case.code)
        claim = ""
        if row is None and case.source_id.startswith("register:"):
            claim = (app.journal.intake(case.source_id).payload.get("row") or {}).get("claim_row", "")
            row = uncoded.get(claim)
            if row is not None:
                _claim_row(app, case, row, desired, plan, remember)
                continue
        if row is None:
            plan.appends.append(desired)
            continue
        for cid, value in desired.items():
            if BY_ID[cid].owner == "officer":
                continue
            want = canonical(value)
            current = row.text(cid)
            last = written.get((case.code, cid))
            if current == want:
                if last != want:
                    remember[(case.code, cid)] = want
                continue
            if last is None or current == last:
                plan.writes.append(CellWrite(case.code, cid, value, expect=current))
    if plan:
        try:
            result = app.register.write(plan)
        except RegisterError as exc:  # e.g. Google unreachable after its retries: the next cycle writes again
            summary.errors.append(str(exc))
            log.error("%s", exc)
            result = WriteResult()
        for w in result.written:
            remember[(w.code, w.column)] = canonical(w.value)
        for values in result.appended:
            for cid, value in values.items():
                if BY_ID[cid].owner != "officer":
                    remember[(values["code"], cid)] = canonical(value)
        summary.register_written += len(result.written) + len(result.appended)
        for c in result.conflicts:
            log.info("register cell %s/%s changed by an officer meanwhile: kept theirs", c.code, c.column)
    if remember:
        app.journal.remember_cells(remember)
    contacts = getattr(app.register, "contacts", None)
    if contacts is not None:  # register.contacts_sheet_id: code, name, email, phone there, never in the register
        try:
            contacts.sync(app.journal)
        except RegisterError as exc:
            summary.errors.append(str(exc))
            log.error("%s", exc)


def register_due(app: App, summary: Summary) -> bool:
    """Coalescing: a register on a request quota (Google) is synced at most every `register.write_every_seconds`,
    unless an urgent case arrived. Emails never wait for it: they went out before this step."""
    every = app.settings.case_register.write_every_seconds
    if not every or not getattr(app.register, "coalesce", False):
        return True
    now = app.extra.get("monotonic", time.monotonic)()
    last = app.extra.get("register_synced_at")
    if last is None or now - last >= every or any("urgent" in c.flags for c in summary.new_cases):
        app.extra["register_synced_at"] = now
        return True
    return False


# -- the whole cycle --------------------------------------------------------


def run_cycle(app: App, *, register: bool = True) -> Summary:
    summary = Summary()
    collect(app, summary)
    process_pending(app, summary)
    report = app.outbox.deliver(app.now())
    if register and register_due(app, summary):
        sync_register(app, summary)
    reminders.run(app, summary)  # state-driven: what is due now and not sent yet; office hours only
    if register or summary.reminders or summary.emails_queued:
        again = app.outbox.deliver(app.now())
        report.sent += again.sent
        report.held = again.held
        report.retrying = again.retrying
    summary.emails_sent = report.sent
    summary.emails_waiting = report.held + report.retrying
    return summary


def add_manual(app: App, *, channel: str, text: str, tdp: str = "", contact: str = "", name: str = "",
               date: str = "") -> str:
    """`hopthu add`: record an item an officer received on paper or in person. Returns its source id."""
    if parse_timestamp(date, app.config.tz) is None and date:
        raise ValueError(f'ngày "{date}" không hợp lệ: dùng dạng dd/mm/yyyy')
    row = {"text": text, "tdp": tdp, "contact": contact, "name": name, "date": date}
    sid = f"{channel}:" + fingerprint(text, tdp, date, app.now().isoformat())
    app.journal.record_intake(sid, channel, sid, "", {"row": row, "ack": True})
    return sid
