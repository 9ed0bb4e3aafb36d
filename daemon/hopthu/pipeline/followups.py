"""Mail about cases that already exist: agencies' replies, citizens' follow-ups, bounces, auto-replies.

Only the case's lead or co-ordinating agency (with SPF or DKIM passing where the receiving server
checked) or the citizen who wrote may add to a case; anyone else is quarantined. What a reply does to
the case's status is decided in `casework`."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from hopthu.casework import letters, sendback, status
from hopthu.core.intake import Unreadable
from hopthu.core.model import Case, Contact, Submission
from hopthu.core.parsing import fingerprint, quoted_codes
from hopthu.core.redact import redact
from hopthu.core.replies import agency_intent, auth_verdict, bounce_details, mask_addresses, own_text
from hopthu.pipeline.summary import Summary

if TYPE_CHECKING:
    from hopthu.app import App

log = logging.getLogger("hopthu.cycle")


def ignore(app: App, source_id: str, parsed, kind: str, summary: Summary, raw: bytes = b"") -> None:
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
            msg = letters.compose(app, "bao-loi-gui.txt.j2", f"bounce:{out.key}:{officer.email.lower()}", "alert",
                                   case, officer.email, failed_agency=agency, failed_address=out.recipient, why=why)
            msg.priority = 0
            messages.append(msg)
    event = f"Thư chuyển xử lý đến {agency} không đến được ({why[:120]}); đã báo cán bộ Mặt trận"
    app.journal.save_case(case, [letters.stamp(app, event)], messages)


def quoted_case(app: App, sub: Submission) -> Case | None:
    """The existing case a Form answer or a paper item quotes by its code ("HT-2026-0042", "ht 2026 42"), if
    the letter is a follow-up on it: a paper item (an officer typed it in) always; a Form answer when it
    gives the contact the case's submitter gave (the Form proves nothing else about who wrote)."""
    for code in quoted_codes(f"{sub.subject}\n{sub.text}", app.settings.ward.code_prefix):
        case = app.journal.case(code)
        if case is None:
            continue
        if sub.channel.value != "form" or _same_person(sub.contact, app.journal.contact(code)):
            return case
    return None


def _same_person(a: Contact, b: Contact) -> bool:
    return bool((a.email and a.email.lower() == b.email.lower()) or (a.phone and a.phone == b.phone))


def written_followup(app: App, source_id: str, case: Case, sub: Submission, summary: Summary) -> None:
    """A follow-up that came through the Form or on paper: like a citizen's email follow-up, the redacted
    text goes to the case's history and to the lead agency of an open case, and may make it urgent."""
    text = redact("\n".join(p for p in (sub.subject, sub.text) if p), names=[sub.contact.name] if sub.contact.name else [])
    key = fingerprint(source_id)[:12]
    events, messages = status.citizen_followup(app, case, text, key, via=sub.channel.label)
    app.journal.settle(source_id, "linked", case=case, events=[letters.stamp(app, e) for e in events],
                       messages=messages)
    summary.linked += 1


def link(app: App, source_id: str, code: str, event: str, summary: Summary) -> None:
    case = app.journal.case(code)
    if case is None:
        raise Unreadable(f"thư nhắc đến hồ sơ {code} nhưng không có hồ sơ này")
    app.journal.save_case(case, [letters.stamp(app, event)])
    app.journal.set_intake_state(source_id, "linked", "", case_code=code)
    summary.linked += 1


def link_reply(app: App, source_id: str, parsed, summary: Summary, raw: bytes = b"") -> bool:
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
    """"HỎI:" a question relayed to the citizen; "TIẾN ĐỘ:" a progress note; "TRẢ LẠI:" the case sent back
    (`casework.sendback`: back to triage, the officers told); anything else the answer,
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
            messages.append(letters.compose(app, "hoi-bo-sung.txt.j2", key, "relay", case, contact.email,
                                             question=text, asker_name=name))
            question = {"relay_key": key, "case_code": case.code, "agency": agency_id, "asked_by": parsed.from_addr,
                        "their_msgid": parsed.message_id, "question": text}
            events.append("Đã chuyển câu hỏi đến người gửi từ địa chỉ của Mặt trận (hai bên không thấy địa chỉ của nhau)")
        elif contact.phone:
            events.append("Người gửi chỉ để lại số điện thoại: cán bộ gọi lại để hỏi bổ sung")
        else:
            events.append("Người gửi ẩn danh: không hỏi bổ sung được; cán bộ báo lại cơ quan")
        status.agency_asked(case, citizen_reachable=bool(contact.email or contact.phone))
    elif intent == "progress":
        events = [f"{name} báo tiến độ: {text}"]
    elif intent == "sendback":
        events, messages, corrections = sendback.sent_back(app, case, agency_id, text,
                                                           fingerprint(parsed.message_id or source_id)[:12])
        with app.journal.transaction():  # the correction with the case change, or neither
            app.journal.record_corrections(corrections)
            app.journal.settle(source_id, "linked", case=case, events=[letters.stamp(app, e) for e in events],
                               messages=messages)
        log.info("case %s sent back by %s: back to triage", case.code, agency_id)
        return
    else:
        status.agency_answered(case, text)
        events = [f"{name} trả lời; chờ Mặt trận duyệt"]
    app.journal.settle(source_id, "linked", case=case, events=[letters.stamp(app, e) for e in events],
                       messages=messages, question=question)


def _citizen_reply(app: App, source_id: str, case: Case, contact, parsed, out) -> None:
    """A citizen's follow-up; when it answers an agency's question, it goes to that agency, redacted,
    from the front's address; otherwise to the lead agency of an open case (`casework.citizen_followup`)."""
    question = app.journal.question(out.key) if out is not None and out.kind == "relay" else None
    question = question or app.journal.open_question(case.code)
    text = redact(own_text(parsed.text), names=[contact.name] if contact.name else [])
    if question is None:
        # A follow-up: relayed to the lead agency, and urgent if it now reads like an urgent letter.
        events, messages = status.citizen_followup(app, case, text, fingerprint(parsed.message_id or source_id)[:12])
        app.journal.settle(source_id, "linked", case=case, events=[letters.stamp(app, e) for e in events],
                           messages=messages)
        return
    name = app.config.agency_name(question["agency"])
    key = f"answer-relay:{case.code}:{fingerprint(parsed.message_id or source_id)[:12]}"
    relay = letters.compose(app, "tra-loi-bo-sung.txt.j2", key, "relay", case, question["asked_by"],
                             in_reply_to=question["their_msgid"], answer=text, question=question["question"],
                             asker_name=name)
    status.citizen_answered(case)
    events = [f"Người gửi trả lời câu hỏi bổ sung: {text}",
              f"Đã chuyển câu trả lời đến {name} (đã ẩn thông tin cá nhân)"]
    app.journal.settle(source_id, "linked", case=case, events=[letters.stamp(app, e) for e in events],
                       messages=[relay], answered=question["relay_key"])
