"""A new case: the decision (rules and the spam and abuse cues), its first status, and its first emails
(acknowledgement, routing, urgent alerts, the chair's notice). A duplicate opens as "Trùng lặp"."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from hopthu.casework.letters import chair_notices, compose, routing_messages, stamp, urgent_alerts
from hopthu.casework.status import initial_status
from hopthu.core.flags import assess, combine
from hopthu.core.model import (
    CHANNEL_LABELS,
    FLAG_LABELS,
    FLAGS,
    QUIET_FLAGS,
    Case,
    Contact,
    Decision,
    Status,
    Submission,
)
from hopthu.core.privacy.attachments import neutral_name
from hopthu.core.redact import redact
from hopthu.core.similar import Likeness
from hopthu.core.textnorm import fold

if TYPE_CHECKING:
    from hopthu.app import App
    from hopthu.journal import OutgoingRecord


def place_tdp(app: App, sub: Submission) -> None:
    """The submission's residential group as the ward's list (`ward.tdp`) names it; from the text when the
    field is empty. A value the list does not know stays as typed (`unknown_tdp_note`)."""
    groups = app.settings.ward.tdp_list()
    if sub.tdp.strip():
        sub.tdp = groups.normalise(sub.tdp)[0]
    else:
        sub.tdp = groups.from_text(f"{sub.subject}\n{sub.text}")


def unknown_tdp_note(app: App, tdp: str) -> str:
    """A history line for the officer when the group is not in the ward's list; "" when it is (or no list)."""
    if not tdp or app.settings.ward.tdp_list().normalise(tdp)[1]:
        return ""
    return (f"Tổ dân phố «{tdp}» không có trong danh sách của phường (ward.tdp): giữ như đã ghi; "
            f"cán bộ kiểm tra và sửa danh sách hoặc tên gọi khác nếu cần")


def classify(app: App, sub: Submission) -> Decision:
    """The rules' decision with the spam and abuse cues of `core.flags` added to its flags. The submission's
    TDP is first put in the ward's words (`place_tdp`), so rules and reports see one name per group."""
    place_tdp(app, sub)
    decision = app.rules.classify(sub)
    cues = assess(sub.subject, sub.text)
    flags = combine(decision.flags, cues, FLAGS)
    if flags != decision.flags:
        if set(flags) - set(decision.flags):
            signs = "; ".join(_quoted_safely(sub, cues.why))
            decision.why = "; ".join(p for p in (decision.why, "dấu hiệu: " + signs) if p)
        decision.flags = flags
    return decision


def _quoted_safely(sub: Submission, why: list[str]) -> list[str]:
    """The cues' reasons as the shared register's history may show them. A reason quotes the letter's words in
    lower case ("… (con gái của bà hạnh … một mình)"), where a name no longer looks like one: the quote is kept
    only when the redacted letter still reads it word for word, else the reason is its kind alone."""
    def words(text: str) -> str:
        return " " + " ".join(re.findall(r"\w+", fold(text))) + " "

    names = [sub.contact.name] if sub.contact.name else []
    safe = words(redact(f"{sub.subject}\n{sub.text}", names=names))
    out = []
    for reason in why:
        kind, _, quote = reason.partition(" (")
        out.append(reason if quote and words(quote.rstrip(")")) in safe else kind)
    return out


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
    # The history reaches the shared register: a refused file is named by its number and kind, never by
    # the name the citizen gave it ("CCCD_NguyenVanAn.jpg").
    refused = [(i, a) for i, a in enumerate(sub.attachments) if a.refused_reason]
    history = [stamp(app, f"Tiếp nhận qua {CHANNEL_LABELS[sub.channel]}; phân loại: {why}", sub.received_at)]
    history += [stamp(app, f"Tệp đính kèm bị từ chối: {neutral_name(i, a.filename, a.content_type)} – {a.refused_reason}")
                for i, a in refused]
    if unknown_tdp_note(app, sub.tdp):
        history.append(stamp(app, unknown_tdp_note(app, sub.tdp)))
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
