"""What happens to a case: opening it, who is told what, and every change of its status.

Builds Case objects and the emails they cause (as journal records with
idempotency keys); never sends and never touches the register itself.
Agencies and duty officers get only redacted text; the citizen's address is
used for the citizen's own emails and nothing else.

Every status change is made by a function of this module; the pipeline only says what happened.

| from                          | event                                             | to                 | function           |
| ----------------------------- | ------------------------------------------------- | ------------------ | ------------------ |
| (new item)                    | rules: outside ward competence / no agency        | Ngoài thẩm quyền   | `initial_status`   |
| (new item)                    | rules: spam                                       | Không xử lý        | `initial_status`   |
| (new item)                    | rules: triage category                            | Chờ phân loại      | `initial_status`   |
| (new item)                    | rules: an agency                                  | Đã chuyển xử lý    | `initial_status`   |
| any open                      | officer types another lead agency                 | Đã chuyển xử lý    | `reroute`          |
| open, citizen reachable       | agency's reply starts "HỎI:"                      | Chờ bổ sung        | `agency_asked`     |
| Chờ bổ sung                   | the citizen answers the question                  | Đang xử lý         | `citizen_answered` |
| open                          | agency's reply (the answer)                       | Chờ duyệt trả lời  | `agency_answered`  |
| any                           | officer chooses a status in the drop-down         | that status        | `officer_status`   |
| (officer chose Đã trả lời)    | citizen left only a phone, not called yet         | Chờ gọi lại        | `approve_answer`   |
| (officer chose Đã trả lời)    | email sent / called back / anonymous              | Đã trả lời         | `approve_answer`   |
| Chờ duyệt trả lời             | `answers.auto_relay` and an answer                | Đã trả lời         | `approve_answer`   |
| Mới / Đã chuyển / Đang xử lý  | the deadline passed (once per deadline)           | Quá hạn            | `mark_overdue`     |
| Quá hạn                       | a new deadline not yet passed                     | Đang xử lý         | `clear_overdue`    |

Entering "Chờ bổ sung" stops the deadline clock and leaving it moves the deadline by the stopped time
(`follow_clock`, whichever path changed the status).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from hopthu.core.deadlines import extend_for_pause
from hopthu.core.model import CHANNEL_LABELS, FINISHED, FLAG_LABELS, Case, Contact, Decision, Status, Submission
from hopthu.core.redact import redact
from hopthu.core.textnorm import fold
from hopthu.outbox.queue import build_message, record

if TYPE_CHECKING:
    from hopthu.app import App
    from hopthu.journal import OutgoingRecord


def stamp(app: App, text: str, when: datetime | None = None) -> str:
    return f"{(when or app.now()).strftime('%d/%m/%Y %H:%M')}: {text}"


def _context(app: App, case: Case, **extra) -> dict:
    s = app.settings
    return {
        "ward": s.ward,
        "case": case,
        "category_name": app.config.category_name(case.category),
        "agency_name": app.config.agency_name(case.agency),
        "co_agency_names": [app.config.agency_name(a) for a in case.co_agencies],
        "channel_label": CHANNEL_LABELS[case.channel],
        "urgent": "urgent" in case.flags,
        "working_days": s.deadlines.working_days,
        "complex_days": s.deadlines.complex_days,
        "attachments": [],
        **extra,
    }


def compose(
    app: App,
    template: str,
    key: str,
    kind: str,
    case: Case,
    to: str,
    *,
    auto: str = "auto-generated",
    in_reply_to: str = "",
    **extra,
) -> OutgoingRecord:
    subject, body = app.templates.render(template, **_context(app, case, **extra))
    msg = build_message(
        app.sender, to, subject, body, auto=auto, in_reply_to=in_reply_to,
        references=[in_reply_to] if in_reply_to else None, now=app.now(),
    )
    return record(key, kind, case.code, msg)


def routing_messages(app: App, case: Case, *, attachments: list[str] = (), extra: list[str] = ()) -> list[OutgoingRecord]:
    """The case to its lead agency and co-ordinating agencies (one email per address), plus rule-named extras."""
    out: list[OutgoingRecord] = []
    if case.agency is None:
        return out
    targets = [case.agency, *case.co_agencies]
    for agency_id in targets:
        agency = app.settings.agencies.get(agency_id)
        if agency is None:
            continue
        for address in agency.emails:
            if address.lower() == app.settings.ward.front_email.lower():
                continue  # the front's own cases stay in the register; no email to ourselves
            out.append(compose(app, "routed.txt.j2", f"routed:{case.code}:{agency_id}:{address.lower()}", "routed",
                               case, address, attachments=list(attachments)))
    for address in extra:
        out.append(compose(app, "routed.txt.j2", f"routed:{case.code}:extra:{address.lower()}", "routed",
                           case, address, attachments=list(attachments)))
    return out


def initial_status(app: App, decision: Decision) -> Status:
    """A new case's status, from the rules' decision."""
    if "outside" in decision.flags or decision.agency is None:
        return Status.OUTSIDE
    if "spam" in decision.flags:
        return Status.REJECTED
    if decision.category == app.settings.triage_category and "abusive" not in decision.flags:
        return Status.TRIAGE
    return Status.ROUTED


def open_case(app: App, code: str, sub: Submission, decision: Decision) -> tuple[Case, Contact, list[OutgoingRecord]]:
    """A new case from a classified submission, with its first emails."""
    urgent = "urgent" in decision.flags
    deadline = app.deadline(sub.received_at, complex=decision.complex, urgent=urgent)
    status = initial_status(app, decision)
    text = "\n\n".join(p for p in (sub.text,) if p)
    names = [sub.contact.name] if sub.contact.name else []
    summary = redact(text, names=names)
    why = decision.why or "chưa có quy tắc phù hợp"
    refused = [a for a in sub.attachments if a.refused_reason]
    history = [stamp(app, f"Tiếp nhận qua {CHANNEL_LABELS[sub.channel]}; phân loại: {why}", sub.received_at)]
    history += [stamp(app, f"Tệp đính kèm bị từ chối: {a.filename} – {a.refused_reason}") for a in refused]
    if sub.defects:
        history.append(stamp(app, "Thư có lỗi định dạng đã được xử lý: " + ", ".join(sub.defects[:5])))
    case = Case(
        code=code,
        source_id=sub.source_id,
        channel=sub.channel,
        received_at=sub.received_at,
        category=decision.category,
        agency=decision.agency,
        co_agencies=list(decision.co_agencies),
        complex=decision.complex,
        flags=list(decision.flags),
        deadline=deadline,
        status=status,
        tdp=sub.tdp,
        subject=redact(sub.subject, names=names),
        summary=summary,
        rule=decision.rule,
    )
    messages: list[OutgoingRecord] = []
    citizen = sub.contact.email
    quiet = {"spam", "abusive"} & set(decision.flags)
    if citizen and sub.ack and not quiet:
        if status == Status.OUTSIDE:
            template = decision.reply_template or "ngoai-tham-quyen.txt.j2"
            messages.append(compose(app, template, f"outside:{code}:citizen", "ack", case, citizen,
                                    auto="auto-replied", in_reply_to=sub.message_id))
        else:
            messages.append(compose(app, "ack.txt.j2", f"ack:{code}:citizen", "ack", case, citizen,
                                    auto="auto-replied", in_reply_to=sub.message_id))
    if status in (Status.ROUTED, Status.TRIAGE):
        # File names can carry a name or an ID number too ("CCCD_NguyenVanA.jpg"): agencies see neutral ones.
        attachments = [Path(a.saved_path).name for a in sub.attachments if a.saved_path]
        messages += routing_messages(app, case, attachments=attachments, extra=decision.extra_recipients)
        case.history.append(stamp(app, f"Chuyển {app.config.agency_name(case.agency)} xử lý"))
    if urgent and not quiet:
        for officer in app.settings.officers:
            if "duty" in officer.roles:
                messages.append(compose(app, "alert.txt.j2", f"urgent:{code}:{officer.email.lower()}", "urgent",
                                        case, officer.email))
    if case.flags:
        case.history.append(stamp(app, "Lưu ý: " + ", ".join(FLAG_LABELS.get(f, f) for f in case.flags)))
    return case, sub.contact, messages


def answer_messages(app: App, case: Case, contact: Contact) -> list[OutgoingRecord]:
    """The approved answer to the citizen, once (the key has no date: a second approval sends nothing)."""
    if not contact.email or not case.answer.strip():
        return []
    return [compose(app, "answer.txt.j2", f"answer:{case.code}:citizen", "answer", case, contact.email,
                    auto="auto-generated")]


def approve_answer(app: App, case: Case, previous: Status, today: date) -> tuple[list[str], list[OutgoingRecord]]:
    """The front approved the answer (an officer chose "Đã trả lời", or auto_relay took an agency's answer).

    Email: the answer goes to the citizen once and the case is answered. Phone only: the case waits in
    "Chờ gọi lại" (the call-back list) until the officer who called chooses "Đã trả lời" again.
    Anonymous: answered now; the answer appears in the monthly public results by code.
    """
    contact = app.journal.contact(case.code)
    events: list[str] = []
    messages: list[OutgoingRecord] = []
    if contact.email:
        messages = answer_messages(app, case, contact)
        events.append("Gửi trả lời đến người dân qua email" if messages
                      else "Chưa có nội dung trả lời: không gửi email cho người dân")
    elif contact.phone and previous != Status.CALLBACK:
        case.status = Status.CALLBACK
        events.append("Người gửi chỉ để lại số điện thoại: chờ cán bộ gọi lại và đọc nội dung trả lời "
                      "(danh sách: hopthu callbacks), xong thì chọn Đã trả lời")
        return events, messages
    elif contact.phone:
        events.append("Cán bộ đã gọi lại, đọc nội dung trả lời cho người gửi")
    else:
        events.append("Người gửi ẩn danh: trả lời trong kết quả công khai hằng tháng")
    case.status = Status.ANSWERED
    case.answered_on = today
    case.on_time = today <= case.deadline
    if not case.on_time:
        events.append(f"Trả lời quá hạn (hạn {case.deadline:%d/%m/%Y})")
    return events, messages


def reroute(app: App, case: Case, agency: str | None) -> tuple[list[str], list[OutgoingRecord]]:
    """An officer chose another lead agency: an open case goes to it (with its emails)."""
    case.agency = agency
    events = [f"Cán bộ chuyển lại cho: {app.config.agency_name(agency)}"]
    if agency and case.status not in FINISHED:
        case.status = Status.ROUTED
        return events, routing_messages(app, case)
    return events, []


def agency_asked(case: Case, *, citizen_reachable: bool) -> None:
    """The agency asked the citizen a question ("HỎI:"): the clock stops while the citizen can answer."""
    if citizen_reachable and case.status not in FINISHED:
        case.status = Status.WAITING_CITIZEN


def citizen_answered(case: Case) -> None:
    """The citizen answered the agency's question: the clock runs again."""
    if case.status == Status.WAITING_CITIZEN:
        case.status = Status.IN_PROGRESS


def agency_answered(case: Case, text: str) -> None:
    """The agency's answer: it waits for the front's approval (an officer's answer already typed wins)."""
    case.answer = case.answer or text
    if case.status not in FINISHED:
        case.status = Status.AWAITING_APPROVAL


def officer_status(app: App, case: Case, status: Status, today: date) -> tuple[list[str], list[OutgoingRecord]]:
    """An officer chose `status` in the register's drop-down."""
    previous = case.status
    case.status = status
    events = [f"Cán bộ đổi trạng thái: {status.value}"]
    messages: list[OutgoingRecord] = []
    if previous == Status.WAITING_CITIZEN and status != Status.WAITING_CITIZEN:
        events += resume_clock(app, case, today)  # the deadline moves by the stopped time
    if status == Status.WAITING_CITIZEN:
        events += pause_clock(case, today)
    elif status == Status.ANSWERED:
        # Email: sent once; phone only: "Chờ gọi lại" until the officer has called; anonymous: answered.
        e, messages = approve_answer(app, case, previous, today)
        events += e
    return events, messages


#: Statuses that turn "Quá hạn" once the deadline has passed.
MARK_OVERDUE = {Status.RECEIVED, Status.ROUTED, Status.IN_PROGRESS}


def mark_overdue(case: Case) -> list[str]:
    case.status = Status.OVERDUE
    return [f"Quá hạn trả lời (hạn {case.deadline:%d/%m/%Y})"]


def clear_overdue(case: Case) -> list[str]:
    """A new deadline (an officer's reclassification, a pause) that has not passed yet."""
    case.status = Status.IN_PROGRESS
    return [f"Hạn mới {case.deadline:%d/%m/%Y}: không còn quá hạn"]


def follow_clock(app: App, case: Case, today: date) -> list[str]:
    """The clock follows the status, whichever path changed it (an officer, an agency's reply)."""
    if case.status == Status.WAITING_CITIZEN and case.paused_on is None:
        return pause_clock(case, today)
    if case.status != Status.WAITING_CITIZEN and case.paused_on is not None:
        return resume_clock(app, case, today)
    return []


def pause_clock(case: Case, today: date) -> list[str]:
    """"Chờ bổ sung": the clock stops today."""
    if case.paused_on is not None:
        return []
    case.paused_on = today
    return [f"Tạm dừng tính thời hạn từ {today:%d/%m/%Y} (chờ người gửi bổ sung)"]


def resume_clock(app: App, case: Case, today: date) -> list[str]:
    """The status left "Chờ bổ sung": the deadline moves by the stopped time."""
    if case.paused_on is None:
        return []
    start, end = case.paused_on, max(today, case.paused_on)
    case.deadline = extend_for_pause(case.deadline, start, end, complex=case.complex, cal=app.calendar)
    case.pauses.append((start, end))
    case.paused_on = None
    return [f"Tiếp tục tính thời hạn (tạm dừng {start:%d/%m/%Y} – {end:%d/%m/%Y}); hạn mới {case.deadline:%d/%m/%Y}"]


def recompute_deadline(app: App, case: Case) -> date:
    """The deadline from the receipt date and complexity, moved again by every finished pause."""
    deadline = app.deadline(case.received_at, complex=case.complex, urgent="urgent" in case.flags)
    for start, end in case.pauses:
        deadline = extend_for_pause(deadline, start, end, complex=case.complex, cal=app.calendar)
    return deadline


def officer_in_charge(app: App, case: Case):
    """The configured officer named in "Cán bộ phụ trách" (by name, diacritics-insensitive, or email), or None."""
    key = fold(case.officer)
    if not key:
        return None
    for officer in app.settings.officers:
        if key in (fold(officer.name), fold(officer.email)):
            return officer
    return None

