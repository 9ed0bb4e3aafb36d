"""What happens to a case: opening it, who is told what, and every change of its status.

Builds Case objects and the emails they cause (as journal records with
idempotency keys); never sends and never touches the register itself.
Agencies and duty officers get only redacted text; the citizen's address is
used for the citizen's own emails and nothing else.

Every status change is made by a function of this module; the pipeline only says what happened.

| from                          | event                                             | to                 | function           |
| ----------------------------- | ------------------------------------------------- | ------------------ | ------------------ |
| (new item)                    | rules: outside ward competence / no agency        | Ngoài thẩm quyền   | `initial_status`   |
| (new item)                    | rules or cues: spam / abuse (chair told at once)  | Không xử lý        | `initial_status`   |
| (new item)                    | same complaint as an open case (`Likeness.merge`) | Trùng lặp          | `open_case`        |
| Không xử lý                   | an officer clears spam/abuse in "Lưu ý"           | Đã chuyển xử lý …  | `flags_edited`     |
| open                          | an officer adds spam/abuse in "Lưu ý"             | Không xử lý        | `flags_edited`     |
| (officer chose Trùng lặp)     | the case had a proposed match                     | Trùng lặp (linked) | `officer_status`   |
| Trùng lặp                     | an officer chooses an open status (undo a merge)  | that status, routed| `officer_status`   |
| open                          | the citizen's follow-up shows present danger      | (same) + Khẩn      | `citizen_followup` |
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

"Đã chuyển xử lý …": the status the ordinary path gives (`initial_status`: routed, triage or outside).
The chair's forward of an abusive item to the police (`forward`) changes no status; it is recorded
with the name, the operating-system user and the time (`Journal.record_decision`).

Entering "Chờ bổ sung" stops the deadline clock and leaving it moves the deadline by the stopped time
(`follow_clock`, whichever path changed the status).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from hopthu.core.deadlines import extend_for_pause
from hopthu.core.flags import assess, combine
from hopthu.core.model import (
    CHANNEL_LABELS,
    FINISHED,
    FLAG_LABELS,
    FLAGS,
    QUIET_FLAGS,
    Case,
    Contact,
    Decision,
    Status,
    Submission,
)
from hopthu.core.redact import redact
from hopthu.core.similar import Likeness
from hopthu.core.textnorm import fold
from hopthu.outbox.queue import build_message, record

if TYPE_CHECKING:
    from hopthu.app import App
    from hopthu.core.rules.engine import RuleSet
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
    """A new case's status, from the decision (rules and cues, `classify`)."""
    if QUIET_FLAGS & set(decision.flags):
        return Status.REJECTED  # spam and abuse: never routed (abuse goes to the chair, who decides)
    if "outside" in decision.flags or decision.agency is None:
        return Status.OUTSIDE
    if decision.category == app.settings.triage_category:
        return Status.TRIAGE
    return Status.ROUTED


def classify(app: App, sub: Submission) -> Decision:
    """The rules' decision with the spam and abuse cues of `core.flags` added to its flags."""
    decision = app.rules.classify(sub)
    cues = assess(sub.subject, sub.text)
    flags = combine(decision.flags, cues, FLAGS)
    if flags != decision.flags:
        if set(flags) - set(decision.flags):
            decision.why = "; ".join(p for p in (decision.why, "dấu hiệu: " + "; ".join(cues.why)) if p)
        decision.flags = flags
    return decision



def open_case(app: App, code: str, sub: Submission, decision: Decision,
              like: Likeness | None = None) -> tuple[Case, Contact, list[OutgoingRecord]]:
    """A new case from a classified submission, with its first emails.

    Spam and abuse: "Không xử lý", no acknowledgement, no routing; abuse is told to the chair(s) at once.
    A duplicate (`like.merge`): "Trùng lặp" linked to the first case, acknowledged, not routed again.
    A near match (`like`, not merged): an ordinary case whose history proposes the match to the officers.
    """
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
    quiet = bool(QUIET_FLAGS & set(decision.flags))
    duplicate_of = ""
    if like is not None and not quiet:
        if like.merge:
            status, duplicate_of = Status.DUPLICATE, like.code
            who = "cùng người gửi" if like.same_contact else "nội dung gần như giống hệt"
            history.append(stamp(app, f"Trùng lặp với {like.code} ({who}, giống {like.score:.0%}): xử lý chung, "
                                      f"người gửi nhận trả lời của {like.code}; nếu không đúng, cán bộ đổi Trạng thái"))
        else:
            history.append(stamp(app, f"Có thể trùng {like.code} (giống {like.score:.0%}): cán bộ xem; nếu đúng, "
                                      f"chọn Trùng lặp ở cột Trạng thái"))
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
        history=history,  # receipt, classification, refused attachments, duplicates (was built and then dropped)
        duplicate_of=duplicate_of,
        maybe_duplicate_of=like.code if like is not None and not like.merge and not quiet else "",
    )
    messages: list[OutgoingRecord] = []
    citizen = sub.contact.email
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
    if urgent and not quiet and status != Status.DUPLICATE:
        messages += urgent_alerts(app, case)
    if case.flags:
        case.history.append(stamp(app, "Lưu ý: " + ", ".join(FLAG_LABELS.get(f, f) for f in case.flags)))
    if status == Status.REJECTED:
        case.history.append(stamp(app, "Không xử lý: không gửi thư xác nhận, không chuyển cơ quan nào, "
                                       "không tính thời hạn"))
    if "abusive" in case.flags:
        e, m = chair_notices(app, case, why)
        case.history += [stamp(app, x) for x in e]
        messages += m
    return case, sub.contact, messages


def urgent_alerts(app: App, case: Case) -> list[OutgoingRecord]:
    """The duty officers, at once (once per case: the key has no date)."""
    return [compose(app, "alert.txt.j2", f"urgent:{case.code}:{o.email.lower()}", "urgent", case, o.email)
            for o in app.settings.officers if "duty" in o.roles]


def chair_notices(app: App, case: Case, why: str) -> tuple[list[str], list[OutgoingRecord]]:
    """An abusive item: each chair gets the redacted content at once, and decides (`forward`, or clearing
    the flag in the register). Nothing goes to the police on a keyword."""
    chairs = [o for o in app.settings.officers if "chair" in o.roles]
    police = app.config.agency_name(app.settings.abuse.police_agency)
    messages = []
    for chair in chairs:
        msg = compose(app, "loi-dung.txt.j2", f"abuse:{case.code}:{chair.email.lower()}", "alert", case, chair.email,
                      recipient_name=chair.name, why=why, police_name=police)
        msg.priority = 0
        messages.append(msg)
    if not chairs:
        return ["Có dấu hiệu lợi dụng, xúc phạm nhưng chưa cấu hình Chủ tịch (officers, roles: [chair]) để báo"], []
    return ["Đã báo Chủ tịch (" + ", ".join(c.name for c in chairs) + "); chờ Chủ tịch quyết định"], messages


def forward(app: App, case: Case, agency_id: str, by: str, os_user: str, *,
            disclose_contact: bool) -> tuple[list[str], list[OutgoingRecord]]:
    """The chair's decision: the redacted content of an abusive item to `agency_id` (the police), with the
    submitter's contact only when the chair says so. The caller records the decision (`Journal.record_decision`)."""
    agency = app.settings.agencies[agency_id]
    name = app.config.agency_name(agency_id)
    contact = app.journal.contact(case.code) if disclose_contact else None
    tag = "contact" if disclose_contact else "redacted"
    messages = [compose(app, "chuyen-cong-an.txt.j2", f"forward:{case.code}:{agency_id}:{tag}:{a.lower()}", "forward",
                        case, a, decided_by=by, contact=contact, agency_name=name)
                for a in agency.emails]
    with_contact = "kèm thông tin liên hệ của người gửi" if disclose_contact else "không kèm thông tin người gửi"
    return [f"Chủ tịch {by} quyết định chuyển {name} ({with_contact}; người dùng máy: {os_user})"], messages


def ordinary_rules(app: App) -> RuleSet:
    """The rules without those that flag spam or abuse: how an item the chair found ordinary is classified."""
    s = app.settings
    keep = [r for r in app.rules.rules if not (QUIET_FLAGS & set(r.then.flags))]
    # The loaded rule set's own class: casework needs no import of the engine for it (start-up chain).
    return type(app.rules)(keep, categories=s.categories, triage_category=s.triage_category)


def flags_edited(app: App, case: Case, flags: list[str]) -> tuple[list[str], list[OutgoingRecord]]:
    """An officer (the chair) changed the "Lưu ý" column.

    Clearing spam or abuse from a case hopthu did not handle ("Không xử lý") sends it down the ordinary
    path: classified without the spam and abuse rules, acknowledged, routed. Adding one to an open case
    stops it (and tells the chair about abuse)."""
    before = set(case.flags)
    case.flags = [f for f in FLAGS if f in set(flags)]
    labels = ", ".join(FLAG_LABELS[f] for f in case.flags) or "(trống)"
    events = [f"Cán bộ sửa Lưu ý: {labels}"]
    messages: list[OutgoingRecord] = []
    if before & QUIET_FLAGS and not QUIET_FLAGS & set(case.flags) and case.status == Status.REJECTED:
        e, messages = take_ordinary_path(app, case)
        events += e
    elif QUIET_FLAGS & set(case.flags) - before and case.status not in FINISHED:
        case.status = Status.REJECTED
        events.append("Không xử lý theo Lưu ý của cán bộ")
        if "abusive" in case.flags and "abusive" not in before:
            e, messages = chair_notices(app, case, "cán bộ đánh dấu trong sổ theo dõi")
            events += e
    return events, messages


def take_ordinary_path(app: App, case: Case) -> tuple[list[str], list[OutgoingRecord]]:
    """A case whose spam or abuse flag was cleared: classified, acknowledged and routed like any item."""
    sub = Submission(source_id=case.source_id, channel=case.channel, received_at=case.received_at,
                     subject=case.subject, text=case.summary, tdp=case.tdp)
    decision = ordinary_rules(app).classify(sub)
    case.category, case.agency, case.co_agencies = decision.category, decision.agency, list(decision.co_agencies)
    case.complex, case.rule = decision.complex, decision.rule
    case.flags = [f for f in FLAGS if f in (set(case.flags) | set(decision.flags)) - QUIET_FLAGS]
    case.deadline = recompute_deadline(app, case)
    case.status = initial_status(app, decision)
    events = [f"Bỏ cờ: xử lý như ý kiến thông thường; phân loại: {decision.why or 'chưa có quy tắc phù hợp'}"]
    messages: list[OutgoingRecord] = []
    contact = app.journal.contact(case.code)
    intake = app.journal.intake(case.source_id)
    acked = intake.payload.get("ack", True) if intake is not None else True
    if contact.email and acked:
        if case.status == Status.OUTSIDE:
            template = decision.reply_template or "ngoai-tham-quyen.txt.j2"
            messages.append(compose(app, template, f"outside:{case.code}:citizen", "ack", case, contact.email,
                                    auto="auto-replied"))
        else:
            messages.append(compose(app, "ack.txt.j2", f"ack:{case.code}:citizen", "ack", case, contact.email,
                                    auto="auto-replied"))
        events.append("Gửi thư xác nhận đến người gửi")
    if case.status in (Status.ROUTED, Status.TRIAGE):
        messages += routing_messages(app, case, extra=decision.extra_recipients)
        events.append(f"Chuyển {app.config.agency_name(case.agency)} xử lý; hạn {case.deadline:%d/%m/%Y}")
    if "urgent" in case.flags:
        messages += urgent_alerts(app, case)
    return events, messages


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
    if case.answer.strip():  # the submitters of its duplicates get the same answer (once each)
        e, m = duplicate_answers(app, case)
        events += e
        messages += m
    if contact.email:
        messages += answer_messages(app, case, contact)
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


def duplicate_answers(app: App, case: Case) -> tuple[list[str], list[OutgoingRecord]]:
    """The approved answer of `case` to the submitters of the cases merged into it ("Trùng lặp")."""
    events: list[str] = []
    messages: list[OutgoingRecord] = []
    for dup in app.journal.cases():
        if dup.duplicate_of != case.code or dup.status != Status.DUPLICATE:
            continue
        contact = app.journal.contact(dup.code)
        if contact.email:
            messages.append(compose(app, "answer.txt.j2", f"answer:{case.code}:dup:{dup.code}", "answer", case,
                                    contact.email, own_code=dup.code))
            events.append(f"Gửi trả lời đến người gửi ý kiến trùng {dup.code} qua email")
        elif contact.phone:
            events.append(f"Người gửi ý kiến trùng {dup.code} chỉ để lại số điện thoại: cán bộ gọi lại "
                          f"(hopthu callbacks khi chọn Đã trả lời cho {dup.code})")
    return events, messages


def reroute(app: App, case: Case, agency: str | None) -> tuple[list[str], list[OutgoingRecord]]:
    """An officer chose another lead agency: an open case goes to it (with its emails)."""
    case.agency = agency
    events = [f"Cán bộ chuyển lại cho: {app.config.agency_name(agency)}"]
    if agency and case.status not in FINISHED:
        case.status = Status.ROUTED
        return events, routing_messages(app, case)
    return events, []


def citizen_followup(app: App, case: Case, text: str, key_id: str) -> tuple[list[str], list[OutgoingRecord]]:
    """A citizen wrote again about an open case (not answering a question): the redacted text goes to the
    lead agency, and the same urgency rules as a new letter may make the case urgent."""
    events = [f"Người gửi bổ sung: {text}"]
    messages: list[OutgoingRecord] = []
    if case.status in FINISHED or QUIET_FLAGS & set(case.flags) or not case.agency:
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


def officer_in_charge(app: App, case: Case):
    """The configured officer named in "Cán bộ phụ trách" (by name, diacritics-insensitive, or email), or None."""
    key = fold(case.officer)
    if not key:
        return None
    for officer in app.settings.officers:
        if key in (fold(officer.name), fold(officer.email)):
            return officer
    return None

