"""Intakes in the journal: every item recorded (with its bytes) before anything else happens, its state
afterwards, quarantine, and who sent each email item (to hold a flood)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from hopthu.journal.records import now_iso
from hopthu.journal.store import Store

# Every intake column but `raw` (NULL since schema 7: an item's bytes are in `intake_raw`, read one at a time by
# `IntakeJournal.raw`, so an UPDATE of the intake row never copies them).
_INTAKE_COLUMNS = "source_id, channel, fingerprint, state, raw_path, payload, case_code, reason, recorded_at"
# The ids' questions, asked by IntakeJournal and by ReadOnlyIds alike
ID_EXISTS = "SELECT 1 FROM intake WHERE source_id = ?"
IDS_BETWEEN = "SELECT source_id FROM intake WHERE source_id >= ? AND source_id < ?"
IDS_UNDER = "SELECT source_id FROM intake WHERE source_id LIKE ?"


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


class IntakeJournal(Store):
    def record_intake(
        self, source_id: str, channel: str, fingerprint: str, raw: bytes = b"", payload: dict | None = None
    ) -> bool:
        """Record an item before anything else happens. False when it was already recorded."""
        return self.record_intakes([(source_id, channel, fingerprint, raw, payload)]) == 1

    def record_intakes(self, items: list[tuple[str, str, str, bytes, dict | None]]) -> int:
        """`record_intake` for a batch of (source_id, channel, fingerprint, raw bytes, payload), in one
        transaction (one fsync for the rows and their bytes): how many were new."""
        now = now_iso()
        with self.transaction() as db:
            new = 0
            for source_id, channel, fp, raw, payload in items:
                cur = db.execute(
                    "INSERT OR IGNORE INTO intake(source_id, channel, fingerprint, state, payload, recorded_at, updated_at)"
                    " VALUES (?, ?, ?, 'received', ?, ?, ?)",
                    (source_id, channel, fp, json.dumps(payload or {}, ensure_ascii=False), now, now),
                )
                if cur.rowcount and raw:
                    db.execute("INSERT OR REPLACE INTO intake_raw(source_id, raw) VALUES (?, ?)", (source_id, raw))
                new += cur.rowcount
            return new

    def intake(self, source_id: str) -> IntakeRecord | None:
        rows = self._query(f"SELECT {_INTAKE_COLUMNS} FROM intake WHERE source_id = ?", (source_id,))
        return _intake(rows[0]) if rows else None

    def intake_by_fingerprint(self, fingerprint: str) -> IntakeRecord | None:
        rows = self._query(f"SELECT {_INTAKE_COLUMNS} FROM intake WHERE fingerprint = ? ORDER BY recorded_at LIMIT 1", (fingerprint,))
        return _intake(rows[0]) if rows else None

    def known_sources(self, prefix: str) -> set[str]:
        return {r["source_id"] for r in self._query(IDS_UNDER, (prefix + "%",))}

    def known_ids(self, prefix: str) -> KnownIds:
        """`known_sources` asked as a source needs it, not loaded whole (`KnownIds`)."""
        return KnownIds(self, prefix)

    def intake_exists(self, source_id: str) -> bool:
        return bool(self._query(ID_EXISTS, (source_id,)))

    def sources_between(self, low: str, high: str) -> set[str]:
        return {r["source_id"] for r in self._query(IDS_BETWEEN, (low, high))}

    def pending_intakes(self) -> list[IntakeRecord]:
        rows = self._query(f"SELECT {_INTAKE_COLUMNS} FROM intake WHERE state = 'received' ORDER BY recorded_at, rowid")
        return [_intake(r) for r in rows]

    def set_intake_state(self, source_id: str, state: str, reason: str = "", case_code: str | None = None) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE intake SET state = ?, reason = ?, case_code = COALESCE(?, case_code), updated_at = ? WHERE source_id = ?",
                (state, reason, case_code, now_iso(), source_id),
            )

    def release(self, source_id: str) -> None:
        """Back to the queue, marked so that a readable-in-part item is now taken as it is."""
        with self.transaction() as db:
            row = db.execute("SELECT payload FROM intake WHERE source_id = ?", (source_id,)).fetchone()
            payload = json.loads(row["payload"] or "{}") if row else {}
            payload["force"] = True
            db.execute(
                "UPDATE intake SET state = 'received', reason = '', payload = ?, updated_at = ? WHERE source_id = ?",
                (json.dumps(payload, ensure_ascii=False), now_iso(), source_id),
            )

    def quarantined(self, include_held: bool = False) -> list[IntakeRecord]:
        """Items an officer must look at; `include_held` adds mail held as a flood (state "held")."""
        states = ("quarantined", "held") if include_held else ("quarantined",)
        rows = self._query(
            f"SELECT {_INTAKE_COLUMNS} FROM intake WHERE state IN ({','.join('?' * len(states))}) ORDER BY recorded_at, rowid", states
        )
        return [_intake(r) for r in rows]

    def raw(self, source_id: str) -> bytes:
        """The item's bytes as they arrived (b"" for Form rows)."""
        rows = self._query("SELECT r.raw, i.raw_path FROM intake i LEFT JOIN intake_raw r ON r.source_id = i.source_id"
                           " WHERE i.source_id = ?", (source_id,))
        if not rows:
            return b""
        if rows[0]["raw"] is not None:
            return bytes(rows[0]["raw"])
        path = rows[0]["raw_path"]  # journals from before the bytes were kept in them: the bytes are in a file
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

    def last_recorded(self, prefix: str) -> str | None:
        """When the newest item of a source (its source-id prefix) was recorded (UTC ISO), or None."""
        rows = self._query("SELECT MAX(recorded_at) AS at FROM intake WHERE source_id LIKE ?", (prefix + "%",))
        return rows[0]["at"] if rows else None

    def intake_counts(self) -> dict[str, int]:
        return {r["state"]: r["n"] for r in self._query("SELECT state, COUNT(*) AS n FROM intake GROUP BY state")}


class ReadOnlyIds:
    """The same questions on a read-only connection of the journal (the Google child's, sources/formfile.py)."""

    def __init__(self, db: Any):
        self._db = db

    def intake_exists(self, source_id: str) -> bool:
        return self._db.execute(ID_EXISTS, (source_id,)).fetchone() is not None

    def sources_between(self, low: str, high: str) -> set[str]:
        return {r[0] for r in self._db.execute(IDS_BETWEEN, (low, high))}

    def known_sources(self, prefix: str) -> set[str]:
        return {r[0] for r in self._db.execute(IDS_UNDER, (prefix + "%",))}


class KnownIds:
    """The journal's source ids under a prefix, as a source polls with them: one id (`in`: IMAP's few UIDs
    waiting) or one Form timestamp's (`digests`) at a time, by the primary key, never the whole history (a set
    of 10,000 ids a poll, built and dropped every minute in the daemon). Iterating loads them all, as before."""

    def __init__(self, journal: Any, prefix: str):  # an IntakeJournal, or a read-only reader of its ids
        self._journal, self.prefix = journal, prefix

    def __contains__(self, sid: object) -> bool:
        return isinstance(sid, str) and sid.startswith(self.prefix) and self._journal.intake_exists(sid)

    def __iter__(self):
        return iter(self._journal.known_sources(self.prefix))

    def digests(self, stamp: str) -> set[str]:
        """What follows "<prefix><stamp>|" in the ids known: a Form answer's content digests at that timestamp."""
        low = f"{self.prefix}{stamp}|"
        return {sid[len(low):] for sid in self._journal.sources_between(low, low[:-1] + "}")}  # "}" follows "|"
