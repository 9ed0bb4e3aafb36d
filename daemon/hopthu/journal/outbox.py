"""Outgoing emails in the journal: each with its idempotency key, its exact bytes and its state.

A key is queued once (`INSERT OR IGNORE`), so a retried step never queues an email twice; the bytes are
stored, so a resend is byte-identical (same Message-ID)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from typing import Iterator

from hopthu.journal.records import OutgoingRecord, enqueue_in
from hopthu.journal.store import Store


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
        created_at=row["created_at"],
    )


class OutboxJournal(Store):
    def enqueue(self, msg: OutgoingRecord) -> bool:
        with self.transaction() as db:
            return enqueue_in(db, msg)

    def has_message(self, key: str) -> bool:
        return bool(self._query("SELECT 1 FROM outbox WHERE key = ?", (key,)))

    def due_messages(self, now_iso: str, *, limit: int | None = None,
                     after: tuple[int, str, str] | None = None) -> list[OutgoingRecord]:
        """Emails due now, most urgent first (priority, then queued order); `limit` of them at most, from
        after the (priority, created_at, key) of the last one of the page before (`due_position`)."""
        where = "state = 'pending' AND next_try <= ?"
        args: list[object] = [now_iso]
        if after is not None:
            where += " AND (priority, created_at, key) > (?, ?, ?)"
            args += list(after)
        sql = f"SELECT * FROM outbox WHERE {where} ORDER BY priority, created_at, key"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        return [_outgoing(r) for r in self._query(sql, tuple(args))]

    def due_heads(self, now_iso: str, after: tuple[int, str, str] | None = None,
                  head: int = 1024) -> list[tuple[str, bytes]]:
        """(key, the first `head` bytes) of the emails due after `after`, in delivery order: what waiting
        emails are counted and expired from, without their bodies."""
        where = "state = 'pending' AND next_try <= ?"
        args: list[object] = [head, now_iso]
        if after is not None:
            where += " AND (priority, created_at, key) > (?, ?, ?)"
            args += list(after)
        rows = self._query(f"SELECT key, substr(raw, 1, ?) AS head FROM outbox WHERE {where} "
                           "ORDER BY priority, created_at, key", tuple(args))
        return [(r["key"], bytes(r["head"])) for r in rows]

    def message(self, key: str) -> OutgoingRecord | None:
        rows = self._query("SELECT * FROM outbox WHERE key = ?", (key,))
        return _outgoing(rows[0]) if rows else None

    def pending_heads(self, head: int = 2048, page: int = 500) -> Iterator[tuple[str, bytes, str]]:
        """(key, the first `head` bytes, last error) of every pending email, `page` rows at a time: the
        alerts need each one's Date, never every body at once."""
        last = 0
        while True:
            rows = self._query("SELECT rowid, key, substr(raw, 1, ?) AS head, last_error FROM outbox "
                               "WHERE state = 'pending' AND rowid > ? ORDER BY rowid LIMIT ?", (head, last, page))
            if not rows:
                return
            for r in rows:
                yield r["key"], bytes(r["head"]), r["last_error"]
            last = rows[-1]["rowid"]

    def pending_keys(self, prefix: str) -> list[str]:
        rows = self._query("SELECT key FROM outbox WHERE state = 'pending' AND substr(key, 1, ?) = ?",
                           (len(prefix), prefix))
        return [r["key"] for r in rows]

    def cancel_messages(self, keys: list[str], why: str) -> int:
        """Cancel pending emails (kept in the journal as `cancelled`); returns how many."""
        with self.transaction() as db:
            return sum(db.execute("UPDATE outbox SET state = 'cancelled', last_error = ? WHERE key = ? AND "
                                  "state = 'pending'", (why, key)).rowcount for key in keys)

    def messages(self, case_code: str | None = None) -> list[OutgoingRecord]:
        if case_code is None:
            rows = self._query("SELECT * FROM outbox ORDER BY created_at, key")
        else:
            rows = self._query("SELECT * FROM outbox WHERE case_code = ? ORDER BY created_at, key", (case_code,))
        return [_outgoing(r) for r in rows]

    def message_by_id(self, message_id: str) -> OutgoingRecord | None:
        rows = self._query("SELECT * FROM outbox WHERE message_id = ?", (message_id,))
        return _outgoing(rows[0]) if rows else None

    def outbox_counts(self) -> dict[str, int]:
        """How many emails are in each state (`hopthu status`)."""
        return {r["state"]: r["n"] for r in self._query("SELECT state, COUNT(*) AS n FROM outbox GROUP BY state")}

    def sent_since(self, since_iso: str) -> int:
        return self._query("SELECT COUNT(*) AS n FROM outbox WHERE state = 'sent' AND sent_at >= ?", (since_iso,))[0]["n"]

    def recent_ack_to(self, address: str, within_seconds: int = 3600) -> bool:
        """Whether an acknowledgement to this address was queued within the window."""
        since = (datetime.now(timezone.utc) - timedelta(seconds=within_seconds)).isoformat(timespec="seconds")
        return bool(self._query(
            "SELECT 1 FROM outbox WHERE kind = 'ack' AND recipient IN (?, ?) AND created_at >= ? LIMIT 1",
            (address, address.lower(), since),
        ))

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
