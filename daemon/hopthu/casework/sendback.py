"""An agency sends a case back as not within its competence ("TRẢ LẠI:", "KHÔNG THUỘC THẨM QUYỀN").

The lead agency's send-back returns the case to triage ("Chờ phân loại") without a lead agency, so that
agency gets no more reminders; the reason goes into the history (the register's "Diễn biến") and to the
front's officers by email, and a correction is recorded (counted per agency, learnt from by
`hopthu rules suggest`). A co-ordinating agency's send-back takes it off the case's co-ordinating agencies.
Never emails the citizen: the front decides where the case goes next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hopthu.casework.letters import compose
from hopthu.core.model import FINISHED, Case, Status
from hopthu.journal.corrections import Correction

if TYPE_CHECKING:
    from hopthu.app import App
    from hopthu.journal import OutgoingRecord


def sent_back(app: App, case: Case, agency_id: str, reason: str,
              key_id: str) -> tuple[list[str], list[OutgoingRecord], list[Correction]]:
    """(history events, emails to the officers, corrections) for `agency_id` sending `case` back."""
    name = app.config.agency_name(agency_id)
    reason = reason.strip() or "(không nêu lý do)"
    events = [f"{name} trả lại hồ sơ (không thuộc thẩm quyền). Lý do: {reason}"]
    corrections: list[Correction] = []
    if case.status in FINISHED:
        events.append("Hồ sơ đã kết thúc: giữ nguyên trạng thái; cán bộ xem lại nếu cần")
        return events, [], corrections
    if agency_id != case.agency:
        before = list(case.co_agencies)
        case.co_agencies = [a for a in case.co_agencies if a != agency_id]
        corrections.append(Correction(case.code, "co_agencies", ";".join(before), ";".join(case.co_agencies),
                                      "agency", agency=agency_id, detail=reason))
        events.append(f"Bỏ {name} khỏi cơ quan phối hợp")
    else:
        corrections.append(Correction(case.code, "agency", agency_id, "", "agency", agency=agency_id, detail=reason))
        case.agency = None
        case.status = Status.TRIAGE
        events.append(f'Chuyển về "{Status.TRIAGE.value}": cán bộ chọn cơ quan chủ trì mới; {name} không còn '
                      f"nhận thư nhắc hạn về hồ sơ này")
    messages = []
    for officer in app.settings.officers:
        if {"officer", "chair"} & set(officer.roles):
            msg = compose(app, "tra-lai.txt.j2", f"sendback:{case.code}:{key_id}:{officer.email.lower()}", "alert",
                          case, officer.email, returned_by=name, reason=reason)
            msg.priority = 0
            messages.append(msg)
    if messages:
        events.append("Đã báo cán bộ Mặt trận qua email")
    return events, messages, corrections
