"""Who is told what about a case: the emails a case causes, composed from the templates as journal
records with idempotency keys (never sent here). Agencies, duty officers and the chair get only redacted
text; the citizen's address is used for the citizen's own emails and nothing else. No status changes here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from hopthu.core.model import CHANNEL_LABELS, Case, Contact
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


def routing_messages(app: App, case: Case, *, attachments: Sequence[str] = (), extra: Sequence[str] = ()) -> list[OutgoingRecord]:
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


def answer_messages(app: App, case: Case, contact: Contact) -> list[OutgoingRecord]:
    """The approved answer to the citizen, once (the key has no date: a second approval sends nothing)."""
    if not contact.email or not case.answer.strip():
        return []
    return [compose(app, "answer.txt.j2", f"answer:{case.code}:citizen", "answer", case, contact.email,
                    auto="auto-generated")]


def officer_in_charge(app: App, case: Case):
    """The configured officer named in "Cán bộ phụ trách" (by name, diacritics-insensitive, or email), or None."""
    key = fold(case.officer)
    if not key:
        return None
    for officer in app.settings.officers:
        if key in (fold(officer.name), fold(officer.email)):
            return officer
    return None
