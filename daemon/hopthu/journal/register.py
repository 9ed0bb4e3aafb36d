"""What the journal remembers about the shared register: the last value hopthu wrote into each cell, and
memos — small facts about a case that are not cells.

Cells (`register_cells`) are the baseline of the ownership rule: hopthu writes a cell only while it still
holds the value hopthu last wrote there. Memos (`memos`, case code → key → value) are named by their
users; today:

- ``not-understood:<column>`` (`NOT_UNDERSTOOD`): the officer's value in that column, which hopthu could
  not act on and has already reported in the case history (reported once per value);
- ``in-contacts-sheet`` (`IN_CONTACTS_SHEET`): the case's contact is in the contacts sheet.
"""

from __future__ import annotations

import hashlib
from typing import Iterator

from hopthu.journal.store import Store

NOT_UNDERSTOOD = "not-understood:"   # + column id
IN_CONTACTS_SHEET = "in-contacts-sheet"
#: how many earlier values of a cell are remembered (as digests) to recognise a stale copy's save
EARLIER_KEPT = 8
#: cells read per query of a whole-table read (`_cells`)
CELLS_PAGE = 2000


def cell_digest(value: str) -> str:
    """A short digest of a cell's text: enough to recognise a value hopthu wrote before, small to keep."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:12]


class RegisterJournal(Store):
    def _cells(self, codes: list[str] | None, columns: str = "*") -> Iterator:
        """The cells' rows, a page at a time (a register of 10,000 rows has 150,000 cells: never all as one
        list). Each page is a query of its own, so the connection is free between two pages: the mail loop's
        journal writes never wait while the sheet thread works through a whole register's cells (about a
        second of Python for 150,000). Only the sheet thread writes these cells; a row replaced between two
        pages of the whole table gets a higher rowid and is met again, newest last."""
        if codes is None:
            after = 0
            while rows := self._query(f"SELECT rowid, {columns} FROM register_cells WHERE rowid > ? "
                                      f"ORDER BY rowid LIMIT {CELLS_PAGE}", (after,)):
                yield from rows
                after = rows[-1]["rowid"]
            return
        for i in range(0, len(codes), 500):  # SQLite's limit on bound parameters
            part = codes[i:i + 500]
            yield from self._query(f"SELECT {columns} FROM register_cells WHERE case_code IN ({','.join('?' * len(part))})",
                                   tuple(part))

    def written_cells(self, codes: list[str] | None = None) -> dict[tuple[str, str], str]:
        """(case code, column id) → the value hopthu last wrote there, as text; of the cases `codes` only, if given."""
        return {(r["case_code"], r["column_id"]): r["value"]
                for r in self._cells(codes, "case_code, column_id, value")}

    def cells_with_earlier(self) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], frozenset[str]]]:
        """In one read of the table: `written_cells()`, and (case code, column id) → digests (`cell_digest`) of
        the values hopthu wrote there before the last one (only cells that have any)."""
        written: dict[tuple[str, str], str] = {}
        earlier: dict[tuple[str, str], frozenset[str]] = {}
        for r in self._cells(None, "case_code, column_id, value, earlier"):
            key = (r["case_code"], r["column_id"])
            written[key] = r["value"]
            if r["earlier"]:
                earlier[key] = frozenset(r["earlier"].split())
        return written, earlier

    def remember_cells(self, cells: dict[tuple[str, str], str]) -> None:
        """The values hopthu now holds in these cells; each cell's value before, if different, joins its
        `earlier` digests (the newest `EARLIER_KEPT`)."""
        if not cells:
            return
        old = {(r["case_code"], r["column_id"]): (r["value"], r["earlier"])
               for r in self._cells(sorted({code for code, _ in cells}), "case_code, column_id, value, earlier")}
        rows = []
        for (code, col), value in cells.items():
            before, earlier = old.get((code, col), (None, ""))
            if before is not None and before != value:
                kept = [cell_digest(before)] + [d for d in earlier.split() if d != cell_digest(before)]
                earlier = " ".join(kept[:EARLIER_KEPT])
            rows.append((code, col, value, earlier))
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO register_cells(case_code, column_id, value, earlier) VALUES (?, ?, ?, ?)", rows)

    def memo(self, code: str, key: str) -> str | None:
        rows = self._query("SELECT value FROM memos WHERE case_code = ? AND key = ?", (code, key))
        return rows[0]["value"] if rows else None

    def memos_with(self, key: str) -> dict[str, str]:
        """Case code → value, for every case that has memo `key`."""
        return {r["case_code"]: r["value"] for r in self._query("SELECT case_code, value FROM memos WHERE key = ?", (key,))}

    def remember_memos(self, memos: dict[tuple[str, str], str]) -> None:
        """Store {(case code, key): value} memos at once (a key already there takes the new value)."""
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO memos(case_code, key, value) VALUES (?, ?, ?)",
                [(code, key, value) for (code, key), value in memos.items()],
            )
