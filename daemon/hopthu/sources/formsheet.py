"""The Google Form's response sheet as an intake source, read through gspread.

The same rules as the CSV/XLSX export (`formfile`): columns found by header
name (an extra question is carried along, a renamed or missing required one is
an error that names it), a response identified by its timestamp plus a hash of
its content, an edit of a known timestamp reported as an edit of its case.

Rows are read as officers see them (FORMATTED_VALUE): the timestamp is the
text the sheet shows, e.g. `20/11/2026 08:15:32`, parsed in the ward's zone.
The spreadsheet's metadata (which tab) is fetched once, at the first poll.

The cost of a poll does not grow with the Form's history. The first poll reads
the whole tab; later ones read, in ONE request, the header row and the rows
from the last `CHECK_ROWS` already seen to the end. If those rows (or the
header) are no longer what they were — a row deleted or the tab re-sorted —
the whole tab is read again at once; otherwise only the rows after them are
new. Every `form.full_read_minutes` the whole tab is read anyway, so an answer
edited in place far up the sheet is still taken. Only the last rows' text and
the row count are kept between polls: the journal, not this source, knows
which answers were taken.
"""

from __future__ import annotations

import time
from typing import Any, Callable, Iterator, Mapping

from hopthu.core.model import RawItem
from hopthu.google.auth import GoogleError, find_tab, google_errors, lazy_client, service_email, tab_names, worksheet
from hopthu.sources.base import StableIds
from hopthu.sources.formcolumns import CHECKED, describe
from hopthu.sources.formfile import CHECK_ROWS, PREFIX, _text, map_columns, row_items


class SheetFormSource(StableIds):
    name = "form-sheet"
    #: polled on the sheets' schedule, never in the cycle a pushed letter wakes (mail does not wait for it)
    on_sheet_clock = True

    def __init__(self, client: Any, sheet_id: str, worksheet_title: str = "",
                 columns: Mapping[str, str] | None = None, *, full_read_seconds: float = 3600,
                 clock: Callable[[], float] = time.monotonic, journal: str | None = None):
        """`client`: a gspread Client, or a callable returning one (built on first use). `journal` (the journal's
        file; `hopthu run`, with the Google calls in a child): a whole read is worked in that child (`whole_apart`)."""
        self.journal = journal
        self._client_source = client if callable(client) else (lambda: client)
        self.sheet_id = sheet_id
        self.worksheet_title = worksheet_title
        self.columns = dict(columns or {})
        self.full_read_seconds = full_read_seconds
        self.clock = clock  # monotonic seconds, for the safety net
        self._ws = None
        # What the last poll saw: the header, the number of rows below it, the last CHECK_ROWS of them.
        self._header: list[str] | None = None
        self._count = 0
        self._tail: list[list[str]] = []
        self._full_at: float | None = None
        self.full_reads = 0  # how many polls read the whole tab (tests, benchmarks)

    @classmethod
    def from_config(cls, config, client=None, *, apart: bool = False) -> "SheetFormSource":
        form = config.settings.form
        return cls(lazy_client(config, client, apart=apart), form.sheet_id, form.worksheet, form.columns,
                   full_read_seconds=form.full_read_minutes * 60,
                   journal=str(config.state_dir / "journal.sqlite3") if apart and client is None else None)

    @property
    def where(self) -> str:
        tab = self._ws.title if self._ws is not None else (self.worksheet_title or "trang đầu")
        return f"Google Sheet {self.sheet_id} [{tab}]"

    def _errors(self):
        return google_errors(self._client_source, what="trang câu trả lời của Form", sheet_id=self.sheet_id,
                             key="form.sheet_id")

    def _open(self):
        """The response tab, from metadata fetched once."""
        if self._ws is None:
            with self._errors():
                client = self._client_source()
                metadata = client.http_client.fetch_sheet_metadata(self.sheet_id)
            sheet = find_tab(metadata, self.worksheet_title)
            if sheet is None:
                raise GoogleError(
                    f"Google Sheet {self.sheet_id}: không có trang tính «{self.worksheet_title}» (có: "
                    f"{tab_names(metadata)}). Sửa form.worksheet trong hopthu.yaml, hoặc để trống để dùng trang đầu. "
                    f"/ No tab «{self.worksheet_title}» in the response sheet: fix form.worksheet."
                )
            self._ws = worksheet(client, self.sheet_id, sheet["properties"])
        return self._ws

    def table(self) -> list[list[str]]:
        """Every row of the response tab, header first, as text (one request)."""
        ws = self._open()
        with self._errors():
            values = ws.get(value_render_option="FORMATTED_VALUE")
        return _text(values)

    def _remember(self, header: list[str], rows: list[list[str]], count: int) -> None:
        self._header = header
        self._count = count
        self._tail = [list(r) for r in rows[-CHECK_ROWS:]] if rows else []

    def _forget(self) -> None:
        self._header = None
        self._count = 0
        self._tail = []

    def new_rows(self) -> tuple[list[str], list[Any]]:
        """(header, the rows that can be new since the last poll): the whole tab when it must be read
        whole (first poll, safety net, rows moved), else only the rows after the ones already seen. A whole
        read worked in the Google child (`journal` set) gives the new answers as items instead of rows: the
        daemon never holds the tab's history (`whole_apart`)."""
        now = self.clock()
        if self._header is not None and self._full_at is not None and now - self._full_at < self.full_read_seconds:
            window = self._window()
            if window is not None:
                return window
        self.full_reads += 1
        self._full_at = now
        if self.journal is not None and getattr(self._client_source(), "remote", False):
            ws = self._open()
            with self._errors():  # the child reads the tab and keeps only the answers the journal lacks
                header, count, tail, items = self._client_source().call(
                    "form", ws.spreadsheet_id, ws._properties, self.columns, self.where, self.journal)
            self._header, self._count, self._tail = header, count, tail
            return header, items
        table = self.table()
        header, rows = (table[0], table[1:]) if table else ([], [])
        self._remember(header, rows, len(rows))
        return header, rows

    def _window(self) -> tuple[list[str], list[list[str]]] | None:
        """The header and the rows from the last CHECK_ROWS seen to the end, in one request; None when the
        rows seen are not where they were (deleted, re-sorted, header changed): read the whole tab."""
        ws = self._open()
        seen = len(self._tail)
        first = self._count - seen + 2  # sheet row of the first row to check (row 1 is the header)
        try:
            with self._errors():
                header_range, rows_range = ws.batch_get(["1:1", f"A{first}:ZZZ"], value_render_option="FORMATTED_VALUE")
        except GoogleError:
            # e.g. "exceeds grid limits": rows were deleted below what we had seen
            return None
        header = (_text(header_range) or [[]])[0]
        rows = _text(rows_range)
        if header != self._header or [_trim(r) for r in rows[:seen]] != [_trim(r) for r in self._tail]:
            return None
        fresh = rows[seen:]
        self._remember(header, rows, self._count + len(fresh))
        return header, fresh

    def hand_over(self) -> dict[str, Any]:
        """What the incremental reads remember, for the daemon after its start-up child (service.Daemon.catch_up)
        read the tab whole: the header, the row count, the last rows seen, how long ago it was read whole."""
        return {"sheet": self.sheet_id, "header": self._header, "count": self._count, "tail": self._tail,
                "age": None if self._full_at is None else self.clock() - self._full_at}

    def take_over(self, state: dict[str, Any]) -> None:
        """The state another process's `hand_over` gave: the next poll reads only what came since."""
        if state.get("sheet") != self.sheet_id or state.get("header") is None or state.get("age") is None:
            return
        self._header, self._count, self._tail = state["header"], int(state["count"]), state["tail"]
        self._full_at = self.clock() - float(state["age"])

    def known_prefix(self) -> str:
        return PREFIX

    def poll(self, known: set[str]) -> Iterator[RawItem]:
        try:
            header, rows = self.new_rows()
        except Exception:
            self._forget()  # after a failure, start again from the whole tab
            raise
        if not any(h.strip() for h in header):
            self._forget()
            return
        if rows and isinstance(rows[0], RawItem):  # a whole read in the Google child: the new answers already
            yield from rows
            return
        mapping = map_columns(header, self.columns, where=self.where)
        yield from row_items(rows, mapping, known, where=self.where)

    def acknowledge(self, items: list[RawItem]) -> None:
        pass  # the journal, not the sheet, remembers what was taken

    def check(self) -> str:
        table = self.table()
        email = service_email(self._client_source())
        if not table or not any(h.strip() for h in table[0]):
            return f"{self.where}: trống (chưa có câu trả lời); tài khoản dịch vụ {email}"
        mapping = map_columns(table[0], self.columns, where=self.where, need=CHECKED)
        return (f"{self.where}: {len(table) - 1} câu trả lời, đủ các cột cần thiết ({describe(mapping, table[0])}); "
                f"tài khoản dịch vụ {email}")


def _trim(row: list[str]) -> list[str]:
    """A row without its trailing empty cells (Google drops them; a row is compared by what it holds)."""
    out = list(row)
    while out and out[-1] == "":
        out.pop()
    return out
