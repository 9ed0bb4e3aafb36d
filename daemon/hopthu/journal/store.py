"""The journal's connection in use: transactions and savepoints, reads, and the small `meta` cursors.

The table groups (`intake`, `cases`, `outbox`, `reminders`, `register`) build on `Store`;
`hopthu.journal.Journal` is all of them on one connection, which it opens."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


class Store:
    """Transactions and reads on the journal's open connection (`Journal` opens it)."""

    path: Path
    _db: sqlite3.Connection
    _lock: threading.RLock      # one connection, guarded: the IDLE watcher and the scheduler may share it
    _depth: int                 # open transactions of the thread holding the lock (savepoints when > 0)

    def close(self) -> None:
        self._db.close()

    def shrink(self) -> None:
        """Give SQLite's page cache back (it refills from the file as the next cycle reads): the idle daemon
        holds none of a big cycle's pages."""
        with self._lock:
            if not self._depth:
                self._db.execute("PRAGMA shrink_memory")

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

    def _rows(self, sql: str, args: tuple = (), batch: int = 1000) -> Iterator[sqlite3.Row]:
        """The rows of a big read by cursor, `batch` at a time (never the whole result as one list). Holds the
        connection until the last row is taken: consume it at once, never across other work."""
        with self._lock:
            cursor = self._db.execute(sql, args)
            while rows := cursor.fetchmany(batch):
                yield from rows

    # -- meta: small cursors (IMAP UIDs, form rows seen) ---------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        rows = self._query("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0]["value"] if rows else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def metas(self, prefix: str) -> dict[str, str]:
        """Every meta key starting with `prefix` (the prefix taken off), e.g. the steps' records ("step:")."""
        rows = self._query("SELECT key, value FROM meta WHERE substr(key, 1, ?) = ?", (len(prefix), prefix))
        return {r["key"][len(prefix):]: r["value"] for r in rows}

    def delete_meta(self, key: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM meta WHERE key = ?", (key,))
