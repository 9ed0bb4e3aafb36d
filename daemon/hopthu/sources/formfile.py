"""The Google Form's responses: row identity, and the embedded file source.

Columns are found by meaning (`formcolumns`: configured header, default header, then a few words
per question), never by position: a question added to the Form is carried along as an extra field,
a missing required column is an error that names the headers seen.

A response is identified by its timestamp plus a hash of its content when first
seen. Officers may sort, filter or delete rows: the journal, not the row
number, says what was taken. A response edited later (same timestamp, new
content) is reported as an edit of the case it made, not a new case.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path
from typing import Any, Iterator, Mapping, cast

from hopthu.core.model import RawItem
from hopthu.core.parsing import fingerprint
from hopthu.sources.base import StableIds
from hopthu.sources.formcolumns import CHECKED, DEFAULT_COLUMNS, ColumnMap, FormColumnsError, describe, map_columns

__all__ = ["DEFAULT_COLUMNS", "ColumnMap", "FormColumnsError", "map_columns", "FormFileSource", "row_items", "read_table"]

PREFIX = "form:"
#: Rows already seen that each poll of the Form's sheet reads again to learn that nothing above them moved.
CHECK_ROWS = 3

def row_items(
    rows: list[list[str]], columns: ColumnMap, known: set[str], where: str = ""
) -> Iterator[RawItem]:
    """Turn data rows into RawItems whose identity is timestamp + content hash. `known` may answer by timestamp
    (`journal.intake.KnownIds.digests`): then only the rows' own timestamps are looked up."""
    digests_at = getattr(known, "digests", None)
    if digests_at is None:
        known_ts: dict[str, set[str]] = {}
        for sid in known:
            ts, _, digest = sid[len(PREFIX):].rpartition("|")
            known_ts.setdefault(ts, set()).add(digest)
        digests_at = lambda ts: known_ts.get(ts, set())  # noqa: E731
    width = max([*columns.fields.values(), *columns.extras.values(), 0]) + 1
    for values in rows:
        values = [("" if v is None else str(v)) for v in values] + [""] * max(0, width - len(values))
        if not any(v.strip() for v in values):
            continue
        row = {name: values[i].strip() for name, i in columns.fields.items()}
        extras = {h: values[i].strip() for h, i in columns.extras.items() if values[i].strip()}
        ts = row.get("timestamp", "")
        if not ts:
            continue  # a half-typed row; Google always fills the timestamp
        digest = fingerprint(*(row.get(k, "") for k in ("text", "tdp", "category", "location", "name", "contact")),
                             *sorted(f"{k}={v}" for k, v in extras.items()))[:16]
        taken = digests_at(ts)
        if digest in taken:
            continue
        edit_of = ""
        if taken:
            # Same response timestamp, new content: an edit of a response already taken.
            edit_of = sorted(taken)[0]
        item = RawItem(
            source_id=f"{PREFIX}{ts}|{digest}",
            channel="form",
            row={**row, **{f"extra:{k}": v for k, v in extras.items()}},
            fingerprint=f"form:{ts}|{digest}",
        )
        if edit_of:
            item.row["edit_of"] = f"{PREFIX}{ts}|{edit_of}"
        yield item


def read_table(path: Path) -> list[list[str]]:
    """All rows of a CSV (UTF-8, with or without BOM) or XLSX file, header first."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
        try:
            ws = wb.worksheets[0]
            out = []
            for row in ws.iter_rows(values_only=True):
                out.append([_cell_text(v) for v in row])
            return out
        finally:
            wb.close()
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1258")
    return [row for row in csv.reader(io.StringIO(text, newline=""))]


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M:%S")
    return str(value)


class FormFileSource(StableIds):
    """A CSV/XLSX export of the response sheet, re-read each cycle."""

    name = "form-file"
    on_sheet_clock = False

    def __init__(self, path: str | Path, columns: Mapping[str, str] | None = None):
        self.path = Path(path)
        self.columns = dict(columns or {})

    def known_prefix(self) -> str:
        return PREFIX

    def poll(self, known: set[str]) -> Iterator[RawItem]:
        if not self.path.exists():
            return
        table = read_table(self.path)
        if not table:
            return
        mapping = map_columns(table[0], self.columns, where=str(self.path))
        yield from row_items(table[1:], mapping, known, where=str(self.path))

    def acknowledge(self, items: list[RawItem]) -> None:
        pass

    def check(self) -> str:
        if not self.path.exists():
            raise FileNotFoundError(f"{self.path}: the Form responses file does not exist; fix form.path")
        table = read_table(self.path)
        if not table:
            return f"{self.path}: trống (chưa có câu trả lời)"
        mapping = map_columns(table[0], self.columns, where=str(self.path), need=CHECKED)
        return f"{self.path}: {len(table) - 1} câu trả lời, đủ các cột cần thiết ({describe(mapping, table[0])})"


def _text(values) -> list[list[str]]:
    return [["" if v is None else str(v) for v in row] for row in values if row is not None]


def whole_apart(values: Any, columns: Mapping[str, str], where: str, journal: str) -> tuple[list[str], int, list[list[str]],
                                                                                           list[RawItem]]:
    """In the Google child (google/remote.py, op "form"; sources/formsheet.py): the whole tab as read, reduced to what the daemon keeps:
    the header, the row count, the last CHECK_ROWS rows (the incremental reads' memory) and the answers the
    journal does not know yet (asked by timestamp, read-only). 10,000 rows of history are this child's heap."""
    import sqlite3

    from hopthu.journal.intake import KnownIds, ReadOnlyIds

    table = _text(values)
    header, rows = (table[0], table[1:]) if table else ([], [])
    tail = [list(r) for r in rows[-CHECK_ROWS:]]
    if not any(h.strip() for h in header):
        return header, len(rows), tail, []
    mapping = map_columns(header, columns, where=where)
    db = sqlite3.connect(f"file:{journal}?mode=ro", uri=True, timeout=30)
    try:
        items = list(row_items(rows, mapping, cast("set[str]", KnownIds(ReadOnlyIds(db), PREFIX)), where=where))
    finally:
        db.close()
    return header, len(rows), tail, items

