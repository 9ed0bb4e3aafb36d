"""The journal: a SQLite file that is the single source of truth for "did this happen already?".

It owns: every intake (recorded before anything else happens), case codes and
the daemon's view of each case, the submitters' contacts (kept here, never in
the shared register), every outgoing email with its idempotency key and state,
the last value hopthu wrote into each shared register cell, quarantine, and
small cursors (IMAP UIDs, form rows seen).

Every multi-step change is one transaction, so a crash at any line leaves
either the old state or the new one, never half of each.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable, Iterator

from hopthu.core.model import Case, Contact
from hopthu.layout import private_dir, touch_private

SCHEMA = """
CREATE TABLE IF NOT EXISTS intake (
    source_id   TEXT PRIMARY KEY,
    channel     TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    state       TEXT NOT NULL,          -- received | cased | quarantined | ignored | linked | held | duplicate
    raw_path    TEXT NOT NULL DEFAULT '',   -- a file copy for officers (quarantined items), or a journal older than `raw`
    payload     TEXT NOT NULL DEFAULT '{}',
    raw         BLOB,                       -- the item's bytes, durable with the row (one fsync per batch)
    case_code   TEXT,
    reason      TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS intake_fp ON intake(fingerprint);
CREATE INDEX IF NOT EXISTS intake_state ON intake(state);

CREATE TABLE IF NOT EXISTS counters (year INTEGER PRIMARY KEY, last_seq INTEGER NOT NULL);

CREATE TABLE IF NOT EXISTS cases (
    code       TEXT PRIMARY KEY,
    source_id  TEXT NOT NULL,
    data       TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS contacts (
    case_code TEXT PRIMARY KEY,
    name      TEXT NOT NULL DEFAULT '',
    email     TEXT NOT NULL DEFAULT '',
    phone     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE IF NOT EXISTS history (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    case_code TEXT NOT NULL,
    at        TEXT NOT NULL,
    event     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS history_case ON history(case_code);

CREATE TABLE IF NOT EXISTS outbox (
    key         TEXT PRIMARY KEY,       -- idempotency key: kind:case:recipient[:stage]
    case_code   TEXT,
    kind        TEXT NOT NULL,
    recipient   TEXT NOT NULL,
    message_id  TEXT NOT NULL,
    raw         BLOB NOT NULL,          -- the exact bytes; a resend is byte-identical
    priority    INTEGER NOT NULL DEFAULT 5,
    state       TEXT NOT NULL,          -- pending | sent | failed
    attempts    INTEGER NOT NULL DEFAULT 0,
    next_try    TEXT NOT NULL,
    last_error  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    sent_at     TEXT
);
CREATE INDEX IF NOT EXISTS outbox_state ON outbox(state, next_try);
CREATE INDEX IF NOT EXISTS outbox_msgid ON outbox(message_id);

CREATE TABLE IF NOT EXISTS register_cells (
    case_code TEXT NOT NULL,
    column_id TEXT NOT NULL,
    value     TEXT NOT NULL,            -- what hopthu last wrote there, as text
    PRIMARY KEY (case_code, column_id)
);

CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS reminders (
    case_code TEXT NOT NULL,
    stage     TEXT NOT NULL,            -- before-2 | before-1 | due | overdue-1, overdue-2... | status:<deadline>
    day       TEXT NOT NULL,            -- ward-local day it was done (yyyy-mm-dd)
    key       TEXT NOT NULL DEFAULT '', -- outbox key of the email that carried it
    folded    INTEGER NOT NULL DEFAULT 0, -- 1: its day had passed; carried by a later stage's email
    PRIMARY KEY (case_code, stage)
);

-- Who sent each email item, to hold a flood from one sender (inbox.flood_per_hour).
CREATE TABLE IF NOT EXISTS senders (
    source_id TEXT PRIMARY KEY,
    sender    TEXT NOT NULL,
    at        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS senders_by ON senders(sender, at);
CREATE INDEX IF NOT EXISTS outbox_kind_to ON outbox(kind, recipient);  -- one acknowledgement per sender an hour

-- An agency's question ("HỎI:") relayed to the citizen; the citizen's answer goes back to `asked_by`.
CREATE TABLE IF NOT EXISTS questions (
    relay_key   TEXT PRIMARY KEY,       -- outbox key of the relay to the citizen
    case_code   TEXT NOT NULL,
    agency      TEXT NOT NULL,          -- agency id
    asked_by    TEXT NOT NULL,          -- the agency address that asked
    their_msgid TEXT NOT NULL DEFAULT '', -- the agency's Message-ID: our relay of the answer threads under it
    question    TEXT NOT NULL DEFAULT '', -- redacted
    asked_at    TEXT NOT NULL,
    answered_at TEXT
);
CREATE INDEX IF NOT EXISTS questions_case ON questions(case_code);
"""


# Every intake column but `raw`: an item's bytes are read one at a time (`Journal.raw`).
_INTAKE_COLUMNS = "source_id, channel, fingerprint, state, raw_path, payload, case_code, reason, recorded_at"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class IntakeRecord:
    source_id: str
    channel: str
    fingerprint: str
    state: str
    raw_path: str
    payload: dict[str, Any]
    case_code: str | None
    reason: str
    recorded_at: str


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


class Journal:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        # The journal holds contacts: its folder 0700, the file 0600 before SQLite opens it (the -wal and
        # -shm files take the database file's mode).
        private_dir(self.path.parent)
        touch_private(self.path)
        # One connection, guarded: the IDLE watcher and the scheduler may share the journal.
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
        self._db.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        self._depth = 0  # open transactions of the thread holding the lock (savepoints when > 0)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")  # an intake must survive a power cut
        self._db.executescript(SCHEMA)
        columns = {r["name"] for r in self._db.execute("PRAGMA table_info(intake)")}
        if "raw" not in columns:  # a journal written before raw bytes were kept in it
            self._db.execute("ALTER TABLE intake ADD COLUMN raw BLOB")

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing. Nested inside another transaction (a batch, see `cycle.process_pending`) it is a
        SAVEPOINT: its failure undoes only its own writes, and the outer COMMIT makes them durable with
        one fsync for the whole batch."""
        with self._lock:
            depth = self._depth
            self._db.execute(f"SAVEPOINT sp{depth}" if depth else "BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield self._db
            except BaseException:
                self._db.execute(f"ROLLBACK TO sp{depth}" if depth else "ROLLBACK")
                if depth:
                    self._db.execute(f"RELEASE sp{depth}")
                raise
            else:
                self._db.execute(f"RELEASE sp{depth}" if depth else "COMMIT")
            finally:
                self._depth = depth

    def _query(self, sql: str, args: tuple = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    # -- intake -----------------------------------------------------------

    def record_intake(
        self, source_id: str, channel: str, fingerprint: str, raw: bytes = b"", payload: dict | None = None
    ) -> bool:
        """Record an item before anything else happens. False when it was already recorded."""
        return self.record_intakes([(source_id, channel, fingerprint, raw, payload)]) == 1

    def intake(self, source_id: str) -> IntakeRecord | None:
        rows = self._query(f"SELECT {_INTAKE_COLUMNS} FROM intake WHERE source_id = ?", (source_id,))
        return self._intake(rows[0]) if rows else None

    def intake_by_fingerprint(self, fingerprint: str) -> IntakeRecord | None:
        rows = self._query(f"SELECT {_INTAKE_COLUMNS} FROM intake WHERE fingerprint = ? ORDER BY recorded_at LIMIT 1", (fingerprint,))
        return self._intake(rows[0]) if rows else None

    def known_sources(self, prefix: str) -> set[str]:
        rows = self._query("SELECT source_id FROM intake WHERE source_id LIKE ?", (prefix + "%",))
        return {r["source_id"] for r in rows}

    def pending_intakes(self) -> list[IntakeRecord]:
        rows = self._query(f"SELECT {_INTAKE_COLUMNS} FROM intake WHERE state = 'received' ORDER BY recorded_at, rowid")
        return [self._intake(r) for r in rows]

    def set_intake_state(self, source_id: str, state: str, reason: str = "", case_code: str | None = None) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE intake SET state = ?, reason = ?, case_code = COALESCE(?, case_code), updated_at = ? WHERE source_id = ?",
                (state, reason, case_code, _now(), source_id),
            )

    def release(self, source_id: str) -> None:
        """Back to the queue, marked so that a readable-in-part item is now taken as it is."""
        with self.transaction() as db:
            row = db.execute("SELECT payload FROM intake WHERE source_id = ?", (source_id,)).fetchone()
            payload = json.loads(row["payload"] or "{}") if row else {}
            payload["force"] = True
            db.execute(
                "UPDATE intake SET state = 'received', reason = '', payload = ?, updated_at = ? WHERE source_id = ?",
                (json.dumps(payload, ensure_ascii=False), _now(), source_id),
            )

    def quarantined(self, include_held: bool = False) -> list[IntakeRecord]:
        """Items an officer must look at; `include_held` adds mail held as a flood (state "held")."""
        states = ("quarantined", "held") if include_held else ("quarantined",)
        rows = self._query(
            f"SELECT {_INTAKE_COLUMNS} FROM intake WHERE state IN ({','.join('?' * len(states))}) ORDER BY recorded_at, rowid", states
        )
        return [self._intake(r) for r in rows]

    def record_intakes(self, items: list[tuple[str, str, str, bytes, dict | None]]) -> int:
        """`record_intake` for a batch of (source_id, channel, fingerprint, raw bytes, payload), in one
        transaction (one fsync for the rows and their bytes): how many were new."""
        now = _now()
        with self.transaction() as db:
            new = 0
            for source_id, channel, fp, raw, payload in items:
                cur = db.execute(
                    "INSERT OR IGNORE INTO intake(source_id, channel, fingerprint, state, raw, payload, recorded_at, updated_at)"
                    " VALUES (?, ?, ?, 'received', ?, ?, ?, ?)",
                    (source_id, channel, fp, raw or None, json.dumps(payload or {}, ensure_ascii=False), now, now),
                )
                new += cur.rowcount
            return new

    def raw(self, source_id: str) -> bytes:
        """The item's bytes as they arrived (b"" for Form rows)."""
        rows = self._query("SELECT raw, raw_path FROM intake WHERE source_id = ?", (source_id,))
        if not rows:
            return b""
        if rows[0]["raw"] is not None:
            return bytes(rows[0]["raw"])
        path = rows[0]["raw_path"]  # journals from before `raw`: the bytes are in a file
        return Path(path).read_bytes() if path and Path(path).exists() else b""

    def set_raw_path(self, source_id: str, path: str) -> None:
        with self.transaction() as db:
            db.execute("UPDATE intake SET raw_path = ? WHERE source_id = ?", (path, source_id))

    def note_sender(self, source_id: str, sender: str, within_seconds: int = 3600) -> int:
        """Remember who sent an email item; returns how many *other* items that sender sent in the window."""
        now = datetime.now(timezone.utc)
        since = (now - timedelta(seconds=within_seconds)).isoformat(timespec="seconds")
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO senders(source_id, sender, at) VALUES (?, ?, ?)",
                       (source_id, sender.lower(), now.isoformat(timespec="seconds")))
            row = db.execute("SELECT COUNT(*) AS n FROM senders WHERE sender = ? AND at >= ? AND source_id != ?",
                             (sender.lower(), since, source_id)).fetchone()
            return row["n"]

    def recent_ack_to(self, address: str, within_seconds: int = 3600) -> bool:
        """Whether an acknowledgement to this address was queued within the window."""
        since = (datetime.now(timezone.utc) - timedelta(seconds=within_seconds)).isoformat(timespec="seconds")
        return bool(self._query(
            "SELECT 1 FROM outbox WHERE kind = 'ack' AND recipient IN (?, ?) AND created_at >= ? LIMIT 1",
            (address, address.lower(), since),
        ))

    def last_recorded(self, prefix: str) -> str | None:
        """When the newest item of a source (its source-id prefix) was recorded (UTC ISO), or None."""
        rows = self._query("SELECT MAX(recorded_at) AS at FROM intake WHERE source_id LIKE ?", (prefix + "%",))
        return rows[0]["at"] if rows else None

    def intake_counts(self) -> dict[str, int]:
        return {r["state"]: r["n"] for r in self._query("SELECT state, COUNT(*) AS n FROM intake GROUP BY state")}

    @staticmethod
    def _intake(row: sqlite3.Row) -> IntakeRecord:
        return IntakeRecord(
            source_id=row["source_id"],
            channel=row["channel"],
            fingerprint=row["fingerprint"],
            state=row["state"],
            raw_path=row["raw_path"],
            payload=json.loads(row["payload"] or "{}"),
            case_code=row["case_code"],
            reason=row["reason"],
            recorded_at=row["recorded_at"],
        )

    # -- cases ------------------------------------------------------------

    def create_case(
        self,
        source_id: str,
        year: int,
        build: Callable[[str], tuple[Case, Contact, list["OutgoingRecord"]]],
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
            code = f"HT-{year}-{seq:04d}"
            case, contact, messages = build(code)
            now = _now()
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
                self._enqueue(db, msg)
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

    def save_case(self, case: Case, events: list[str] = (), messages: list["OutgoingRecord"] = ()) -> None:
        """Store a changed case with what happened and any emails it causes, atomically."""
        now = _now()
        with self.transaction() as db:
            self._store_case(db, case, events, now)
            for msg in messages:
                self._enqueue(db, msg)

    @staticmethod
    def _store_case(db: sqlite3.Connection, case: Case, events: list[str], now: str) -> None:
        for event in events:
            case.history.append(event)
            db.execute("INSERT INTO history(case_code, at, event) VALUES (?, ?, ?)", (case.code, now, event))
        db.execute(
            "UPDATE cases SET data = ?, updated_at = ? WHERE code = ?",
            (json.dumps(case.as_dict(), ensure_ascii=False), now, case.code),
        )

    def contact(self, code: str) -> Contact:
        rows = self._query("SELECT name, email, phone FROM contacts WHERE case_code = ?", (code,))
        return Contact(rows[0]["name"], rows[0]["email"], rows[0]["phone"]) if rows else Contact()

    def history(self, code: str) -> list[tuple[str, str]]:
        return [(r["at"], r["event"]) for r in self._query("SELECT at, event FROM history WHERE case_code = ? ORDER BY id", (code,))]

    # -- outbox -----------------------------------------------------------

    def enqueue(self, msg: OutgoingRecord) -> bool:
        with self.transaction() as db:
            return self._enqueue(db, msg)

    @staticmethod
    def _enqueue(db: sqlite3.Connection, msg: OutgoingRecord) -> bool:
        cur = db.execute(
            "INSERT OR IGNORE INTO outbox(key, case_code, kind, recipient, message_id, raw, priority, state, attempts, next_try, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)",
            (msg.key, msg.case_code, msg.kind, msg.recipient, msg.message_id, msg.raw, msg.priority, "", _now()),
        )
        return cur.rowcount == 1

    def has_message(self, key: str) -> bool:
        return bool(self._query("SELECT 1 FROM outbox WHERE key = ?", (key,)))

    def due_messages(self, now_iso: str) -> list[OutgoingRecord]:
        rows = self._query(
            "SELECT * FROM outbox WHERE state = 'pending' AND next_try <= ? ORDER BY priority, created_at, key",
            (now_iso,),
        )
        return [self._outgoing(r) for r in rows]

    def messages(self, case_code: str | None = None) -> list[OutgoingRecord]:
        if case_code is None:
            rows = self._query("SELECT * FROM outbox ORDER BY created_at, key")
        else:
            rows = self._query("SELECT * FROM outbox WHERE case_code = ? ORDER BY created_at, key", (case_code,))
        return [self._outgoing(r) for r in rows]

    def message_by_id(self, message_id: str) -> OutgoingRecord | None:
        rows = self._query("SELECT * FROM outbox WHERE message_id = ?", (message_id,))
        return self._outgoing(rows[0]) if rows else None

    def sent_since(self, since_iso: str) -> int:
        return self._query("SELECT COUNT(*) AS n FROM outbox WHERE state = 'sent' AND sent_at >= ?", (since_iso,))[0]["n"]

    def mark_sent(self, key: str, when: datetime | None = None) -> None:
        """`when` is the daemon's clock (the daily cap counts by it); default: now."""
        at = (when or datetime.now(timezone.utc)).astimezone(timezone.utc).isoformat(timespec="seconds")
        with self.transaction() as db:
            db.execute("UPDATE outbox SET state = 'sent', sent_at = ?, last_error = '' WHERE key = ?", (at, key))

    def mark_retry(self, key: str, error: str, next_try_iso: str) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_try = ? WHERE key = ?",
                (error, next_try_iso, key),
            )

    def mark_failed(self, key: str, error: str) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ? WHERE key = ?",
                (error, key),
            )

    def outbox_counts(self) -> dict[str, int]:
        return {r["state"]: r["n"] for r in self._query("SELECT state, COUNT(*) AS n FROM outbox GROUP BY state")}

    @staticmethod
    def _outgoing(row: sqlite3.Row) -> OutgoingRecord:
        return OutgoingRecord(
            key=row["key"],
            case_code=row["case_code"],
            kind=row["kind"],
            recipient=row["recipient"],
            message_id=row["message_id"],
            raw=bytes(row["raw"]),
            priority=row["priority"],
            state=row["state"],
            attempts=row["attempts"],
            next_try=row["next_try"],
            last_error=row["last_error"],
            sent_at=row["sent_at"],
        )

    # -- register cells ---------------------------------------------------

    def written_cells(self) -> dict[tuple[str, str], str]:
        return {(r["case_code"], r["column_id"]): r["value"] for r in self._query("SELECT * FROM register_cells")}

    def remember_cells(self, cells: dict[tuple[str, str], str]) -> None:
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO register_cells(case_code, column_id, value) VALUES (?, ?, ?)",
                [(code, col, value) for (code, col), value in cells.items()],
            )

    # -- reminder stages --------------------------------------------------

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
        now = _now()
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
                self._enqueue(db, msg)
            for case, events in cases:
                self._store_case(db, case, events, now)
            return True

    # -- replies: linking an item to a case, questions relayed ------------------

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
        now = _now()
        with self.transaction() as db:
            if case is not None:
                self._store_case(db, case, events, now)
            for msg in messages:
                self._enqueue(db, msg)
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

    # -- meta -------------------------------------------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        rows = self._query("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0]["value"] if rows else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))
