"""Every status change after opening: agencies' replies, the citizen's answers and follow-ups, the
officers' drop-down, approval of the answer (duplicates answered too), overdue, and the deadline clock
that stops in "Chờ bổ sung"."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from hopthu.casework.letters import answer_messages, compose, routing_messages, urgent_alerts
from hopthu.core.deadlines import extend_for_pause
from hopthu.core.model import FINISHED, FLAGS, QUIET_FLAGS, Case, Contact, Decision, Status, Submission

if TYPE_CHECKING:
    from hopthu.app import App
    from hopthu.journal import OutgoingRecord


def initial_status(app: App, decision: Decision) -> Status:
    """A new case's status, from the decision (rules and cues, `classify`)."""
    if QUIET_FLAGS & set(decision.flags):
        return Status.REJECTED  # spam and abuse: never routed (abuse goes to the chair, who decides)
    if "outside" in decision.flags or decision.agency is None:
        return Status.OUTSIDE
    if decision.category == app.settings.triage_category:
        return Status.TRIAGE
    return Status.ROUTED


def approve_answer(app: App, case: Case, previous: Status, today: date) -> tuple[list[str], list[OutgoingRecord]]:
    """The front approved the answer (an officer chose "Đã trả lời", or auto_relay took an agency's answer).

    Email: the answer goes to the citizen once (and to every submitter of a duplicate who gave an email).
    Phone only: the case waits in "Chờ gọi lại" (the call-back list) until the officer who called chooses
    "Đã trả lời" again; the same holds when a submitter of one of its duplicates left only a phone, so
    the call-back list names everyone who must hear the answer (`callback_contacts`). Anonymous: answered
    now; the answer appears in the monthly public results by code.
    """
    contact = app.journal.contact(case.code)
    events: list[str] = []
    messages: list[OutgoingRecord] = []
    if previous == Status.CALLBACK:
        calls = [code for code, _ in callback_contacts(app.journal, case, contact)]
        events.append("Cán bộ đã gọi lại, đọc nội dung trả lời cho người gửi"
                      + (f" ({', '.join(calls)})" if calls else ""))
    else:
        if case.answer.strip():  # the submitters of its duplicates get the same answer (once each)
            e, m = duplicate_answers(app, case)
            events += e
            messages += m
        if contact.email:
            own = answer_messages(app, case, contact)
            messages += own
            events.append("Gửi trả lời đến người dân qua email" if own
                          else "Chưa có nội dung trả lời: không gửi email cho người dân")
        calls = [code for code, _ in callback_contacts(app.journal, case, contact)]
        if calls:
            case.status = Status.CALLBACK
            events.append(f"Chờ cán bộ gọi lại người gửi chỉ để lại số điện thoại ({', '.join(calls)}) và đọc nội "
                          f"dung trả lời (danh sách: hopthu callbacks), xong thì chọn Đã trả lời")
            return events, messages
        if not contact.email:
            events.append("Người gửi ẩn danh: trả lời trong kết quả công khai hằng tháng")
    case.status = Status.ANSWERED
    case.answered_on = today
    case.on_time = today <= case.deadline
    if not case.on_time:
        events.append(f"Trả lời quá hạn (hạn {case.deadline:%d/%m/%Y})")
    return events, messages


def callback_contacts(journal, case: Case, contact: Contact | None = None) -> list[tuple[str, Contact]]:
    """Who must be called to hear `case`'s answer: its submitter when they left only a phone, and the
    submitters of its duplicates ("Trùng lặp") who left only a phone, as (case code, contact): one entry
    per submitter, even when two gave the same number. `journal`: the `Journal` (the daemon's, or the one `hopthu callbacks` opens)."""
    own = contact if contact is not None else journal.contact(case.code)
    out = [(case.code, own)] if own.phone and not own.email else []
    for dup in journal.duplicates_of(case.code):
        if dup.status != Status.DUPLICATE:
            continue
        theirs = journal.contact(dup.code)
        if theirs.phone and not theirs.email:
            out.append((dup.code, theirs))
    return out


def duplicate_answers(app: App, case: Case) -> tuple[list[str], list[OutgoingRecord]]:
    """The approved answer of `case` by email to the submitters of the cases merged into it ("Trùng lặp");
    those who left only a phone are on the call-back list (`callback_contacts`)."""
    events: list[str] = []
    messages: list[OutgoingRecord] = []
    for dup in app.journal.duplicates_of(case.code):
        if dup.status != Status.DUPLICATE:
            continue
        contact = app.journal.contact(dup.code)
        if contact.email:
            messages.append(compose(app, "answer.txt.j2", f"answer:{case.code}:dup:{dup.code}", "answer", case,
                                    contact.email, own_code=dup.code))
            events.append(f"Gửi trả lời đến người gửi ý kiến trùng {dup.code} qua email")
    return events, messages


def reroute(app: App, case: Case, agency: str | None) -> tuple[list[str], list[OutgoingRecord]]:
    """An officer chose another lead agency: an open case goes to it (with its emails)."""
    case.agency = agency
    events = [f"Cán bộ chuyển lại cho: {app.config.agency_name(agency)}"]
    if agency and case.status not in FINISHED:
        case.status = Status.ROUTED
        return events, routing_messages(app, case)
    return events, []


def citizen_followup(app: App, case: Case, text: str, key_id: str,
                     via: str = "") -> tuple[list[str], list[OutgoingRecord]]:
    """A citizen wrote again about an open case (not answering a question), by email, Form or on paper:
    the redacted text goes to the lead agency, and the same urgency rules as a new letter may make the
    case urgent. A follow-up that reads as abuse or spam stays in the history only."""
    from hopthu.core.flags import assess

    events = [f"Người gửi bổ sung{' qua ' + via if via else ''}: {text}"]
    messages: list[OutgoingRecord] = []
    if case.status in FINISHED or QUIET_FLAGS & set(case.flags) or not case.agency:
        return events, messages
    cues = assess("", text)
    if cues.flags:
        events.append(f"Không chuyển nội dung bổ sung đến cơ quan: {'; '.join(cues.why)}; cán bộ xem")
        return events, messages
    raised = False
    probe = Submission(source_id=case.source_id, channel=case.channel, received_at=app.now(), text=text)
    if "urgent" in app.rules.classify(probe).flags and "urgent" not in case.flags:
        events += raise_urgency(app, case)
        messages += urgent_alerts(app, case)
        raised = True
    agency = app.settings.agencies.get(case.agency)
    front = app.settings.ward.front_email.lower()
    for address in (agency.emails if agency else []):
        if address.lower() == front:
            continue
        messages.append(compose(app, "bo-sung.txt.j2", f"followup:{case.code}:{key_id}:{address.lower()}", "relay",
                                case, address, followup=text, raised=raised))
    if any(m.kind == "relay" for m in messages):
        events.append(f"Đã chuyển nội dung bổ sung đến {app.config.agency_name(case.agency)} "
                      f"(đã ẩn thông tin cá nhân)")
    return events, messages


def raise_urgency(app: App, case: Case) -> list[str]:
    """The case becomes urgent: flag "Khẩn", and the urgent deadline from now if it is sooner."""
    case.flags = [f for f in FLAGS if f in set(case.flags) | {"urgent"}]
    sooner = app.deadline(app.now(), complex=False, urgent=True)
    if sooner < case.deadline:
        case.deadline = sooner
    return [f"Nâng lên KHẨN theo nội dung bổ sung; hạn {case.deadline:%d/%m/%Y}; đã báo cán bộ trực"]


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
    if status == Status.DUPLICATE and not case.duplicate_of and case.maybe_duplicate_of:
        case.duplicate_of, case.maybe_duplicate_of = case.maybe_duplicate_of, ""
        events.append(f"Cán bộ xác nhận trùng lặp với {case.duplicate_of}: người gửi nhận trả lời của hồ sơ đó")
    elif previous == Status.DUPLICATE and status != Status.DUPLICATE and case.duplicate_of:
        events.append(f"Bỏ liên kết trùng lặp với {case.duplicate_of}: xử lý riêng")
        case.duplicate_of = ""
        if status in (Status.RECEIVED, Status.ROUTED, Status.IN_PROGRESS, Status.TRIAGE) and case.agency:
            case.deadline = recompute_deadline(app, case)
            messages += routing_messages(app, case)
            events.append(f"Chuyển {app.config.agency_name(case.agency)} xử lý; hạn {case.deadline:%d/%m/%Y}")
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
