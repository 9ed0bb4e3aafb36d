"""Reminder stages in the journal: each (case, stage) recorded once with the email that carried it, so a
day the PC was off heals itself at the next cycle and nothing goes twice."""

from __future__ import annotations

from typing import Any

from hopthu.core.model import Case
from hopthu.journal.records import OutgoingRecord, enqueue_in, now_iso, store_case
from hopthu.journal.store import Store


class ReminderJournal(Store):
    def reminder_stages(self) -> dict[str, dict[str, str]]:
        """Every stage done so far: case code → {stage: day}."""
        out: dict[str, dict[str, str]] = {}
        for r in self._query("SELECT case_code, stage, day FROM reminders"):
            out.setdefault(r["case_code"], {})[r["stage"]] = r["day"]
        return out

    def reminder_sent(self, code: str, stage: str) -> bool:
        return bool(self._query("SELECT 1 FROM reminders WHERE case_code = ? AND stage = ?", (code, stage)))

    def reminder_log(self) -> list[dict[str, Any]]:
        rows = self._query("SELECT * FROM reminders ORDER BY day, case_code, stage")
        return [dict(r) for r in rows]

    def record_reminders(
        self,
        stages: list[tuple[str, str, str, str, bool]],
        messages: list[OutgoingRecord] = (),
        cases: list[tuple[Case, list[str]]] = (),
    ) -> bool:
        """Record (code, stage, day, key, folded) stages, queue the emails that carry them and store the
        cases they change (with their history events), atomically.

        Nothing is done (False) if any stage is already recorded or any email key already queued:
        a stage is never sent twice, an email never queued twice.
        """
        now = now_iso()
        with self.transaction() as db:
            for code, stage, *_ in stages:
                if db.execute("SELECT 1 FROM reminders WHERE case_code = ? AND stage = ?", (code, stage)).fetchone():
                    return False
            for msg in messages:
                if db.execute("SELECT 1 FROM outbox WHERE key = ?", (msg.key,)).fetchone():
                    return False
            db.executemany(
                "INSERT INTO reminders(case_code, stage, day, key, folded) VALUES (?, ?, ?, ?, ?)",
                [(code, stage, day, key, int(folded)) for code, stage, day, key, folded in stages],
            )
            for msg in messages:
                enqueue_in(db, msg)
            for case, events in cases:
                store_case(db, case, events, now)
            return True
