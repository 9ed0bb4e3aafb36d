"""The emails the journal queues (`OutgoingRecord`) and the two row writers several table groups use
inside their own transactions: queueing an email (once per key) and saving a changed case with its
history."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Protocol


class StoredCase(Protocol):
    """What saving a case uses of a `core.model.Case` (typed here so the journal's rows need no model import)."""

    code: str
    history: list[str]

    def as_dict(self) -> dict[str, Any]: ...


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class OutgoingRecord:
    key: str
    case_code: str | None
    kind: str
    recipient: str
    message_id: str
    raw: bytes
    priority: int
    state: str
    attempts: int
    next_try: str
    last_error: str
    sent_at: str | None
    created_at: str = ""  # when it was queued (UTC ISO, wall clock; `hopthu outbox list`)


def enqueue_in(db: sqlite3.Connection, msg: OutgoingRecord) -> bool:
    """Queue `msg` inside the caller's transaction; False when its key was queued already."""
    cur = db.execute(
        "INSERT OR IGNORE INTO outbox(key, case_code, kind, recipient, message_id, raw, priority, state, attempts, next_try, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)",
        (msg.key, msg.case_code, msg.kind, msg.recipient, msg.message_id, msg.raw, msg.priority, "", now_iso()),
    )
    return cur.rowcount == 1


def store_case(db: sqlite3.Connection, case: StoredCase, events: list[str], now: str) -> None:
    """Save a changed case and append `events` to its history, inside the caller's transaction."""
    for event in events:
        case.history.append(event)
        db.execute("INSERT INTO history(case_code, at, event) VALUES (?, ?, ?)", (case.code, now, event))
    db.execute(
        "UPDATE cases SET data = ?, updated_at = ? WHERE code = ?",
        (json.dumps(case.as_dict(), ensure_ascii=False), now, case.code),
    )
    # The reminder pass looks at it again (journal/reminders.py: what it found holds for the case as it was).
    db.execute("DELETE FROM reminder_quiet WHERE case_code = ?", (case.code,))
