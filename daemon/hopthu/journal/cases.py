"""Cases in the journal: codes allocated once, the daemon's view of each case and its history, the
submitters' contacts (kept here, never in the shared register), and an item's outcome settled with
everything it changes (a reply linked to its case, a question relayed or answered)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Callable, NamedTuple

from hopthu.core.model import FINISHED, Case, Contact
from hopthu.journal.records import OutgoingRecord, enqueue_in, now_iso, store_case
from hopthu.journal.store import Store


class CaseText(NamedTuple):
    """What the duplicates index needs of an open case (`CaseJournal.open_case_texts`)."""

    code: str
    received_at: datetime
    flags: list[str]
    text: str  # subject and summary, redacted as the register holds them
    contact: Contact


class CaseJournal(Store):
    def create_case(
        self,
        source_id: str,
        year: int,
        build: Callable[[str], tuple[Case, Contact, list[OutgoingRecord]]],
        prefix: str = "HT",
    ) -> Case:
        """Allocate the next code, store the case, its contact and its first emails, all at once.

        If the intake already has a case (a crash after commit, then a retry), that case is returned
        and nothing is created twice.
        """
        with self.transaction() as db:
            row = db.execute("SELECT case_code FROM intake WHERE source_id = ?", (source_id,)).fetchone()
            if row and row["case_code"]:
                data = db.execute("SELECT data, source_id FROM cases WHERE code = ?", (row["case_code"],)).fetchone()
                return Case.from_dict(json.loads(data["data"]), data["source_id"])
            cur = db.execute("SELECT last_seq FROM counters WHERE year = ?", (year,)).fetchone()
            seq = (cur["last_seq"] if cur else 0) + 1
            db.execute(
                "INSERT INTO counters(year, last_seq) VALUES (?, ?) ON CONFLICT(year) DO UPDATE SET last_seq = excluded.last_seq",
                (year, seq),
            )
            code = f"{prefix}-{year}-{seq:04d}"
            case, contact, messages = build(code)
            now = now_iso()
            db.execute(
                "INSERT INTO cases(code, source_id, data, updated_at) VALUES (?, ?, ?, ?)",
                (code, source_id, json.dumps(case.as_dict(), ensure_ascii=False), now),
            )
            db.execute(
                "INSERT OR REPLACE INTO contacts(case_code, name, email, phone) VALUES (?, ?, ?, ?)",
                (code, contact.name, contact.email, contact.phone),
            )
            for event in case.history:
                db.execute("INSERT INTO history(case_code, at, event) VALUES (?, ?, ?)", (code, now, event))
            for msg in messages:
                enqueue_in(db, msg)
            db.execute(
                "UPDATE intake SET state = 'cased', case_code = ?, reason = '', updated_at = ? WHERE source_id = ?",
                (code, now, source_id),
            )
            return case

    def case(self, code: str) -> Case | None:
        rows = self._query("SELECT data, source_id FROM cases WHERE code = ?", (code,))
        return Case.from_dict(json.loads(rows[0]["data"]), rows[0]["source_id"]) if rows else None

    def cases(self) -> list[Case]:
        rows = self._query("SELECT data, source_id FROM cases ORDER BY code")
        return [Case.from_dict(json.loads(r["data"]), r["source_id"]) for r in rows]

    def cases_changed_since(self, since: str) -> list[Case]:
        """Cases made or changed at or after `since` (an ISO time from `now_iso`, to the second)."""
        rows = self._query("SELECT data, source_id FROM cases WHERE updated_at >= ? ORDER BY code", (since,))
        return [Case.from_dict(json.loads(r["data"]), r["source_id"]) for r in rows]

    def case_codes(self, since: str | None = None) -> list[str]:
        """Every case's code in order (of the cases made or changed at or after `since`, if given): a pass over
        many cases loads them `cases_of` a batch at a time."""
        if since is None:
            return [r[0] for r in self._rows("SELECT code FROM cases ORDER BY code")]
        return [r[0] for r in self._rows("SELECT code FROM cases WHERE updated_at >= ? ORDER BY code", (since,))]

    def cases_of(self, codes: list[str]) -> list[Case]:
        """The cases of `codes` (at most 500 at a time: SQLite's bound parameters), in code order."""
        rows = self._query(f"SELECT data, source_id FROM cases WHERE code IN ({','.join('?' * len(codes))}) ORDER BY code",
                           tuple(codes))
        return [Case.from_dict(json.loads(r["data"]), r["source_id"]) for r in rows]

    def open_case_texts(self, since: str = "") -> list[CaseText]:
        """The open cases' codes, receipt times, flags, texts and contacts in one query, without the rest of
        each case (its history): the duplicates index reads this for every batch of new items. `since` (an ISO
        time, the ward's offset): only cases received from then on, so a batch reads the duplicates window, not
        years of open cases (compared as text: give a margin for other offsets)."""
        finished = sorted(s.value for s in FINISHED)
        rows = self._query(
            "SELECT c.code, json_extract(c.data, '$.received_at') AS received_at, json_extract(c.data, '$.flags') AS flags,"
            " json_extract(c.data, '$.subject') AS subject, json_extract(c.data, '$.summary') AS summary,"
            " k.name, k.email, k.phone FROM cases c LEFT JOIN contacts k ON k.case_code = c.code"
            # The window by the `cases_received` index (schema.py); "+c.code": sorted after, not a walk in code order.
            " WHERE json_extract(c.data, '$.received_at') >= ?"
            f" AND json_extract(c.data, '$.status') NOT IN ({', '.join('?' * len(finished))}) ORDER BY +c.code",
            (since, *finished))
        return [CaseText(r["code"], datetime.fromisoformat(r["received_at"]), json.loads(r["flags"] or "[]"),
                         "\n".join(p for p in (r["subject"], r["summary"]) if p),
                         Contact(r["name"] or "", r["email"] or "", r["phone"] or "")) for r in rows]

    def duplicates_of(self, code: str) -> list[Case]:
        """The cases merged into `code` (their `duplicate_of`), in code order."""
        rows = self._query("SELECT data, source_id FROM cases WHERE json_extract(data, '$.duplicate_of') = ? ORDER BY code",
                           (code,))
        return [Case.from_dict(json.loads(r["data"]), r["source_id"]) for r in rows]

    def save_case(self, case: Case, events: list[str] = (), messages: list[OutgoingRecord] = ()) -> None:
        """Store a changed case with what happened and any emails it causes, atomically."""
        now = now_iso()
        with self.transaction() as db:
            store_case(db, case, events, now)
            for msg in messages:
                enqueue_in(db, msg)

    def contact(self, code: str) -> Contact:
        rows = self._query("SELECT name, email, phone FROM contacts WHERE case_code = ?", (code,))
        return Contact(rows[0]["name"], rows[0]["email"], rows[0]["phone"]) if rows else Contact()

    # -- an item's outcome: linking it to a case, questions relayed -------------------

    def settle(
        self,
        source_id: str,
        state: str,
        *,
        case: Case | None = None,
        events: list[str] = (),
        messages: list[OutgoingRecord] = (),
        reason: str = "",
        case_code: str | None = None,
        question: dict | None = None,
        answered: str | None = None,
    ) -> None:
        """An item's outcome with everything it changes, atomically: the case and its history, the emails
        it causes, a question asked (`question`: a `questions` row) or answered (`answered`: its relay key),
        and the intake's state. A crash leaves either none of it or all of it, so a retry never doubles a
        history line or an email."""
        now = now_iso()
        with self.transaction() as db:
            if case is not None:
                store_case(db, case, events, now)
            for msg in messages:
                enqueue_in(db, msg)
            if question is not None:
                db.execute(
                    "INSERT OR IGNORE INTO questions(relay_key, case_code, agency, asked_by, their_msgid, question, asked_at)"
                    " VALUES (:relay_key, :case_code, :agency, :asked_by, :their_msgid, :question, :asked_at)",
                    {"their_msgid": "", "question": "", "asked_at": now, **question},
                )
            if answered:
                db.execute("UPDATE questions SET answered_at = COALESCE(answered_at, ?) WHERE relay_key = ?",
                           (now, answered))
            db.execute(
                "UPDATE intake SET state = ?, reason = ?, case_code = COALESCE(?, case_code), updated_at = ? WHERE source_id = ?",
                (state, reason, case_code or (case.code if case is not None else None), now, source_id),
            )

    def question(self, relay_key: str) -> dict | None:
        rows = self._query("SELECT * FROM questions WHERE relay_key = ?", (relay_key,))
        return dict(rows[0]) if rows else None

    def open_question(self, code: str) -> dict | None:
        """The latest question of a case the citizen has not answered yet."""
        rows = self._query(
            "SELECT * FROM questions WHERE case_code = ? AND answered_at IS NULL ORDER BY asked_at DESC, rowid DESC LIMIT 1",
            (code,),
        )
        return dict(rows[0]) if rows else None
