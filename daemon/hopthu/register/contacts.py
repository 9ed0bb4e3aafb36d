"""The contacts sheet (`register.contacts_sheet_id`): code, name, email and phone of each case, in a
separate Google sheet shared only with the chair and the standing board. Contacts never go to the
register; this sheet is the only place outside the journal that holds them.

Each case's contact is appended once: the journal remembers which are there (memo
`in-contacts-sheet`), and an append whose answer was lost is settled by `sheetcells.append_once`.
When retention purges a case (memo `purged`), its row here loses name, email and phone and keeps the
code; the memo `contacts-sheet-cleared` records it, so a failed attempt is made again next cycle."""

from __future__ import annotations

import random
from typing import Any

from hopthu.google.auth import GoogleError, find_tab, google_errors, worksheet
from hopthu.journal.register import IN_CONTACTS_SHEET
from hopthu.journal.retention import PURGED
from hopthu.register.sheetcells import append_once

CONTACT_HEADERS = ["Mã hồ sơ", "Họ và tên", "Email", "Số điện thoại"]
CONTACTS_TAB = "Liên hệ người gửi"
CONTACTS_CLEARED = "contacts-sheet-cleared"


class ContactsSheet:
    """Code, name, email and phone of each case in a separate sheet shared only with the chair and board."""

    max_payload_bytes = 2_000_000
    append_attempts = 3

    def __init__(self, client: Any, sheet_id: str, tab: str = CONTACTS_TAB):
        self._client_source = client if callable(client) else (lambda: client)
        self.sheet_id = sheet_id
        self.tab = tab
        self.where = f"Google Sheet {sheet_id} [{tab}]"
        self._ws = None

    def _errors(self):
        return google_errors(self._client_source, what="trang liên hệ người gửi", sheet_id=self.sheet_id,
                             key="register.contacts_sheet_id")

    def _open(self, create: bool = True):
        if self._ws is None:
            with self._errors():
                client = self._client_source()
                metadata = client.http_client.fetch_sheet_metadata(self.sheet_id)
            sheet = find_tab(metadata, self.tab)
            if sheet is None:
                if not create:
                    raise GoogleError(f"{self.where}: chưa có trang «{self.tab}»: chạy `hopthu init-sheet`. "
                                      f"/ The contacts tab does not exist yet: run `hopthu init-sheet`.")
                self._make(metadata)
                with self._errors():
                    metadata = client.http_client.fetch_sheet_metadata(self.sheet_id)
                sheet = find_tab(metadata, self.tab)
            self._ws = worksheet(client, self.sheet_id, sheet["properties"])
        return self._ws

    def _make(self, metadata: dict) -> None:
        taken = {s["properties"]["sheetId"] for s in metadata.get("sheets") or []}
        num = random.randrange(1, 2**31 - 1)
        while num in taken:
            num = random.randrange(1, 2**31 - 1)
        requests = [
            {"addSheet": {"properties": {"sheetId": num, "title": self.tab,
                                         "gridProperties": {"rowCount": 1000, "columnCount": 6, "frozenRowCount": 1}}}},
            {"updateCells": {"start": {"sheetId": num, "rowIndex": 0, "columnIndex": 0},
                             "rows": [{"values": [{"userEnteredValue": {"stringValue": h},
                                                   "userEnteredFormat": {"textFormat": {"bold": True}}}
                                                  for h in CONTACT_HEADERS]}],
                             "fields": "userEnteredValue,userEnteredFormat.textFormat.bold"}},
        ]
        with self._errors():
            self._client_source().http_client.batch_update(self.sheet_id, {"requests": requests})

    def init_sheet(self) -> list[str]:
        self._ws = None
        self._open()
        return [f"trang liên hệ người gửi «{self.tab}» trong Google Sheet {self.sheet_id} (chỉ chia sẻ với "
                f"Thường trực)"]

    def _codes(self, create: bool = True) -> set[str]:
        ws = self._open(create)
        with self._errors():
            values = ws.get("A:A")
        return {str(r[0]).strip() for r in values[1:] if r and str(r[0]).strip()}

    def sync(self, journal) -> int:
        """Append the contacts of cases not yet there, empty those of purged cases; returns how many rows
        were added."""
        there = journal.memos_with(IN_CONTACTS_SHEET)
        self.clear_purged(journal, set(there))
        pending = [c.code for c in journal.cases() if c.code not in there]
        if not pending:
            return 0
        rows = []
        for code in pending:
            contact = journal.contact(code)
            rows.append([code, contact.name, contact.email, contact.phone])
        ws = self._open()

        def append(batch: list[list]) -> None:
            with self._errors():
                ws.append_rows(batch, value_input_option="RAW", insert_data_option="INSERT_ROWS", table_range="A1")

        added = append_once(
            append, rows, row=lambda r: r, code=lambda r: r[0], codes_present=self._codes,
            max_bytes=self.max_payload_bytes, attempts=self.append_attempts, what="contacts sheet",
            landed=lambda batch: journal.remember_memos({(r[0], IN_CONTACTS_SHEET): "1" for r in batch}),
        )
        return len(added)

    def clear_purged(self, journal, there: set[str]) -> int:
        """Name, email and phone of purged cases emptied in their rows (found by code: officers may sort)."""
        todo = (set(journal.memos_with(PURGED)) & there) - set(journal.memos_with(CONTACTS_CLEARED))
        if not todo:
            return 0
        ws = self._open()
        with self._errors():
            column = ws.get("A:A")
        rows = [i + 1 for i, r in enumerate(column) if i and r and str(r[0]).strip() in todo]
        if rows:
            with self._errors():
                ws.batch_update([{"range": f"B{n}:D{n}", "values": [["", "", ""]]} for n in rows],
                                value_input_option="RAW")
        journal.remember_memos({(code, CONTACTS_CLEARED): "1" for code in todo})
        return len(rows)

    def check(self) -> str:
        codes = self._codes(create=False)
        return f"{self.where}: {len(codes)} liên hệ (chỉ chia sẻ với Chủ tịch, Thường trực)"
