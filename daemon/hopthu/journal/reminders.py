"""Reminder stages in the journal: each (case, stage) recorded once with the email that carried it, so a
day the PC was off heals itself at the next cycle and nothing goes twice.

And the pass's memory of when each case next needs it (`reminder_quiet`): a row says the pass has nothing
to do for the case before its day, for the case as it was when the row was written. Saving the case deletes
the row (records.store_case), and a row is only written while the case still holds the data it was worked
out from, so a case changed meanwhile (a letter, an officer's edit, another process) is looked at again."""

from __future__ import annotations

import json
from typing import Any, Iterable

from hopthu.core.model import Case
from hopthu.journal.records import OutgoingRecord, enqueue_in, now_iso, store_case
from hopthu.journal.store import Store


class ReminderJournal(Store):
    def reminder_stages(self, codes: Iterable[str] | None = None) -> dict[str, dict[str, str]]:
        """Every stage done so far (of the cases `codes`, or of all): case code → {stage: day}."""
        out: dict[str, dict[str, str]] = {}
        if codes is None:
            rows = self._query("SELECT case_code, stage, day FROM reminders")
        else:
            rows = [r for chunk in _chunks(codes) for r in self._query(
                f"SELECT case_code, stage, day FROM reminders WHERE case_code IN ({', '.join('?' * len(chunk))})",
                tuple(chunk))]
        for r in rows:
            out.setdefault(r["case_code"], {})[r["stage"]] = r["day"]
        return out

    # -- when each case next needs the pass ------------------------------------------

    def reminder_candidates(self, today: str) -> list[tuple[Case, str]]:
        """The cases the reminder pass must look at on `today` (ward-local ISO day), in code order, each with
        its stored data (for `set_reminder_quiet`): those without a row (new, changed since, or never looked
        at) and those whose day has come. The others are not read."""
        rows = self._query(
            "SELECT c.data, c.source_id FROM cases c LEFT JOIN reminder_quiet q ON q.case_code = c.code"
            " WHERE q.until IS NULL OR q.until <= ? ORDER BY c.code", (today,))
        return [(Case.from_dict(json.loads(r["data"]), r["source_id"]), r["data"]) for r in rows]

    def reminder_candidate_codes(self, today: str) -> list[str]:
        """The codes of `reminder_candidates`, in code order (the cases then read a batch at a time: a backlog's
        rows and their stored data are never all held at once)."""
        return [r[0] for r in self._rows(
            "SELECT c.code FROM cases c LEFT JOIN reminder_quiet q ON q.case_code = c.code"
            " WHERE q.until IS NULL OR q.until <= ? ORDER BY c.code", (today,))]

    def cases_with_data(self, codes: Iterable[str]) -> list[tuple[Case, str]]:
        """The cases `codes` as they stand now, in code order, each with its stored data."""
        rows = [r for chunk in _chunks(codes) for r in self._query(
            f"SELECT data, source_id, code FROM cases WHERE code IN ({', '.join('?' * len(chunk))})", tuple(chunk))]
        rows.sort(key=lambda r: r["code"])
        return [(Case.from_dict(json.loads(r["data"]), r["source_id"]), r["data"]) for r in rows]

    def case_data(self, codes: Iterable[str]) -> dict[str, str]:
        """The stored data of the cases `codes` (to tell whether one changed since it was read)."""
        return {r["code"]: r["data"] for chunk in _chunks(codes) for r in self._query(
            f"SELECT code, data FROM cases WHERE code IN ({', '.join('?' * len(chunk))})", tuple(chunk))}

    def set_reminder_quiet(self, entries: list[tuple[str, str, str]]) -> int:
        """(code, until, data) rows: nothing to do for the case before `until`. Each written only while the case
        still holds `data` (what `until` was worked out from); returns how many were written."""
        written = 0
        with self.transaction() as db:
            for code, until, data in entries:
                written += db.execute(
                    "INSERT OR REPLACE INTO reminder_quiet(case_code, until)"
                    " SELECT ?, ? WHERE (SELECT data FROM cases WHERE code = ?) = ?", (code, until, code, data),
                ).rowcount
        return written

    def clear_reminder_quiet(self) -> None:
        """Every case looked at again by the next pass (the settings or the clock changed)."""
        with self.transaction() as db:
            db.execute("DELETE FROM reminder_quiet")

    # -- the officers' digest: the cases it may list, not every case ---------------------

    def cases_for_officers(self, listed: Iterable[str], finished: Iterable[str], due_before: str, rejected: str,
                           received_from: str) -> list[Case]:
        """Cases in the statuses `listed`, paused ones, the unfinished ones whose deadline is before `due_before`
        (ISO day) and those in status `rejected` received from `received_from` on (ISO, compared as text), in
        code order."""
        listed, finished = sorted(listed), sorted(finished)
        rows = self._query(
            "SELECT data, source_id FROM cases WHERE"
            f" json_extract(data, '$.status') IN ({', '.join('?' * len(listed))})"
            " OR json_extract(data, '$.paused_on') IS NOT NULL"
            f" OR (json_extract(data, '$.status') NOT IN ({', '.join('?' * len(finished))})"
            "     AND json_extract(data, '$.deadline') < ?)"
            " OR (json_extract(data, '$.status') = ? AND json_extract(data, '$.received_at') >= ?)"
            " ORDER BY code", (*listed, *finished, due_before, rejected, received_from))
        return [Case.from_dict(json.loads(r["data"]), r["source_id"]) for r in rows]

    def count_unfinished(self, finished: Iterable[str]) -> int:
        finished = sorted(finished)
        rows = self._query(f"SELECT COUNT(*) AS n FROM cases WHERE json_extract(data, '$.status') NOT IN"
                           f" ({', '.join('?' * len(finished))})", tuple(finished))
        return int(rows[0]["n"])

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


def _chunks(codes: Iterable[str], size: int = 500) -> Iterable[list[str]]:
    """`codes` in lists SQLite takes as parameters."""
    batch: list[str] = []
    for code in codes:
        batch.append(code)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
