"""The journal's connection: opening (with the schema upgrade), transactions and savepoints, reads.

The table groups (`intake`, `cases`, `outbox`, `register`) build on `Store`; `hopthu.journal.Journal` is
all of them on one connection."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from hopthu.journal import schema


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # One connection, guarded: the IDLE watcher and the scheduler may share the journal.
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
        self._db.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        self._depth = 0  # open transactions of the thread holding the lock (savepoints when > 0)
        try:
            schema.check_version(schema.version(self._db), self.path)  # before anything writes to the file
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")  # an intake must survive a power cut
            schema.upgrade(self._db, self.path)
        except BaseException:
            self._db.close()
            raise

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing. Nested inside another transaction (a batch, see `incoming.process_pending`) it is
        a SAVEPOINT: its failure undoes only its own writes, and the outer COMMIT makes them durable with
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

    # -- meta: small cursors (IMAP UIDs, form rows seen) ---------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        rows = self._query("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0]["value"] if rows else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))
