"""Decisions people of the front take about a case outside the register (the chair's forward of an
abusive item to the police), each recorded with the name given, the operating-system user and the
time, in the same transaction as the case change and the emails it causes."""

from __future__ import annotations

from hopthu.journal.records import OutgoingRecord, StoredCase, enqueue_in, now_iso, store_case
from hopthu.journal.store import Store


class DecisionJournal(Store):
    def record_decision(self, case: StoredCase, action: str, by_name: str, os_user: str, *, detail: str = "",
                        events: list[str] | tuple[()] = (), messages: list[OutgoingRecord] | tuple[()] = ()) -> None:
        """The decision, the case's new state and history, and the emails it causes: all or nothing."""
        now = now_iso()
        with self.transaction() as db:
            db.execute("INSERT INTO decisions(case_code, action, by_name, os_user, at, detail) VALUES (?, ?, ?, ?, ?, ?)",
                       (case.code, action, by_name, os_user, now, detail))
            store_case(db, case, list(events), now)
            for msg in messages:
                enqueue_in(db, msg)

    def decisions(self, code: str | None = None) -> list[dict]:
        if code is None:
            rows = self._query("SELECT * FROM decisions ORDER BY id")
        else:
            rows = self._query("SELECT * FROM decisions WHERE case_code = ? ORDER BY id", (code,))
        return [dict(r) for r in rows]
