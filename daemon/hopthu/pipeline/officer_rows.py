"""Rows officers type into the register themselves (the paper box, a meeting, a phone call).

Each such row is journalled as a paper item like any other (`take_officer_rows`). Once the item is a new
case, `register_sync` gives the row its code. When the item quoted an existing case's code, it is a
follow-up on that case (`followups.written_followup`: the case's history, the lead agency told), and the
row is marked here so that nobody wonders whether it was seen and no personal data stays in it."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from hopthu.casework.letters import stamp
from hopthu.core.model import CHANNEL_LABELS, Channel
from hopthu.core.parsing import fingerprint
from hopthu.core.redact import redact
from hopthu.core.safetext import cell_value
from hopthu.register.columns import CellWrite, Row, Snapshot, WritePlan, canonical

if TYPE_CHECKING:
    from hopthu.app import App

log = logging.getLogger("hopthu.cycle")

#: what the code cell of a follow-up row says: not a case code, so the row is never taken for the case's own
FOLLOWUP_MARK = "Bổ sung cho {code}"


def row_source_id(row: Row) -> str:
    """An officer's row's intake id: the same row read again is the same item."""
    return "register:" + fingerprint(row.text("summary"), row.text("tdp"), row.text("received"))


def take_officer_rows(app: App, snapshot: Snapshot | None) -> int:
    """Officers' new rows (paper box, meetings) in a whole read are journalled as paper items, like any other."""
    taken = 0
    for row in snapshot.uncoded() if snapshot is not None else []:
        text = row.text("summary")
        payload = {
            "text": text,
            "tdp": row.text("tdp"),
            "date": row.text("received"),
            "claim_row": text,
        }
        sid = row_source_id(row)
        if app.journal.record_intake(sid, "paper", sid, b"", {"row": payload, "ack": False}):
            log.info("officer row taken as a paper item")
            taken += 1
    return taken


def mark_followup_rows(app: App, uncoded: list[Row], plan: WritePlan) -> None:
    """An officer's row that became a follow-up on an existing case: its code cell names that case
    ("Bổ sung cho HT-…"), its content is the redacted text (the original stays in the journal's intake
    record, as for any row an officer types), and its history says where the text went. Only cells that
    still hold what the officer typed (or are empty) are written; the row is found by its text, as a new
    case's row is claimed."""
    for row in uncoded:
        intake = app.journal.intake(row_source_id(row))
        if intake is None or intake.state != "linked" or not intake.case_code:
            continue
        typed = row.text("summary")
        mark = FOLLOWUP_MARK.format(code=intake.case_code)
        original = ((intake.payload or {}).get("row") or {}).get("text", "") or typed
        redacted = cell_value(redact(original))
        note = stamp(app, f"Ý kiến bổ sung cho hồ sơ {intake.case_code}: đã ghi vào diễn biến của hồ sơ đó "
                          f"(và chuyển cơ quan chủ trì nếu hồ sơ đang xử lý)")
        wanted = {"code": mark, "history": note, "channel": CHANNEL_LABELS[Channel.PAPER]}
        for cid, value in wanted.items():
            if not row.text(cid):
                plan.writes.append(CellWrite(mark, cid, value, expect="", claim=typed))
        if canonical(redacted) != typed:
            plan.writes.append(CellWrite(mark, "summary", redacted, expect=typed, claim=typed))
        log.info("officer row marked as a follow-up on %s", intake.case_code)
