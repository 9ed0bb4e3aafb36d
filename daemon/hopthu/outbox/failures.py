"""Telling the officers that an email was refused for good (a 5xx, or its retry window ran out).

The email fails alone; the officers (roles officer and chair) get one alert per failed email saying which
case could not reach whom, so they can phone or write instead. A citizen's address is shown with its
local part hidden (the case code finds the contact in `hopthu callbacks`); an agency is named."""

from __future__ import annotations

import email.utils

from hopthu.journal import OutgoingRecord
from hopthu.mail.smtp import _masked
from hopthu.outbox.queue import build_message, record

KIND_NAMES = {
    "ack": "xác nhận đã nhận ý kiến (gửi người dân)",
    "routed": "chuyển xử lý (gửi cơ quan)",
    "answer": "trả lời người dân",
    "relay": "chuyển câu hỏi/trả lời bổ sung",
    "urgent": "báo vụ việc khẩn",
    "reminder": "nhắc hạn",
    "digest": "tổng hợp hằng ngày",
}


def _whom(app, msg: OutgoingRecord) -> str:
    address = email.utils.parseaddr(msg.recipient)[1].lower()
    for agency in app.settings.agencies.values():
        if address in {e.lower() for e in agency.emails}:
            return f"{agency.name} ({address})"
    for officer in app.settings.officers:
        if address == officer.email.lower():
            return f"cán bộ {officer.name} ({address})"
    return f"người gửi ý kiến ({_masked(address)})"


def tell_officers(app, msg: OutgoingRecord, why: str) -> int:
    """Queue one alert per officer and chair about `msg`. Returns how many were queued."""
    subject, body = app.templates.render(
        "gui-that-bai.txt.j2", code=msg.case_code or "", kind_name=KIND_NAMES.get(msg.kind, msg.kind),
        whom=_whom(app, msg), why=_masked(why)[:400], key=msg.key)
    queued = 0
    for officer in app.settings.officers:
        if not {"officer", "chair"} & set(officer.roles):
            continue
        out = record(f"failed:{msg.key}:{officer.email.lower()}", "alert", msg.case_code,
                     build_message(app.sender, officer.email, subject, body, now=app.now()))
        queued += app.journal.enqueue(out)
    return queued
