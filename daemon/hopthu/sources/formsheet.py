"""The Google Form's response sheet as an intake source, read through gspread.

The same rules as the CSV/XLSX export (`formfile`): columns found by header
name (an extra question is carried along, a renamed or missing required one is
an error that names it), a response identified by its timestamp plus a hash of
its content, an edit of a known timestamp reported as an edit of its case.

Each cycle reads the whole tab in ONE request, as officers see it
(FORMATTED_VALUE): the timestamp is the text the sheet shows, e.g.
`20/11/2026 08:15:32`, parsed in the ward's zone. The spreadsheet's metadata
(which tab) is fetched once, at the first poll.
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from hopthu.core.model import RawItem
from hopthu.google.auth import GoogleError, find_tab, google_errors, lazy_client, service_email, tab_names, worksheet
from hopthu.sources.formfile import PREFIX, map_columns, row_items


class SheetFormSource:
    name = "form-sheet"

    def __init__(self, client: Any, sheet_id: str, worksheet_title: str = "",
                 columns: Mapping[str, str] | None = None):
        """`client`: a gspread Client, or a callable returning one (built on first use)."""
        self._client_source = client if callable(client) else (lambda: client)
        self.sheet_id = sheet_id
        self.worksheet_title = worksheet_title
        self.columns = dict(columns or {})
        self._ws = None

    @classmethod
    def from_config(cls, config, client=None) -> "SheetFormSource":
        form = config.settings.form
        return cls(lazy_client(config, client), form.sheet_id, form.worksheet, form.columns)

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
        return [["" if v is None else str(v) for v in row] for row in values if row is not None]

    def known_prefix(self) -> str:
        return PREFIX

    def relisted(self, source_id: str, earlier: str) -> bool:
        return False  # ids never change

    def close(self) -> None:
        pass  # nothing held open between cycles

    def poll(self, known: set[str]) -> Iterator[RawItem]:
        table = self.table()
        if not table or not any(h.strip() for h in table[0]):
            return
        mapping = map_columns(table[0], self.columns, where=self.where)
        yield from row_items(table[1:], mapping, known, where=self.where)

    def acknowledge(self, items: list[RawItem]) -> None:
        pass  # the journal, not the sheet, remembers what was taken

    def check(self) -> str:
        table = self.table()
        email = service_email(self._client_source())
        if not table or not any(h.strip() for h in table[0]):
            return f"{self.where}: trống (chưa có câu trả lời); tài khoản dịch vụ {email}"
        map_columns(table[0], self.columns, where=self.where)
        return f"{self.where}: {len(table) - 1} câu trả lời, đủ các cột cần thiết; tài khoản dịch vụ {email}"
