"""The shared case register as a Google sheet (gspread), implementing `register.RegisterBackend`.

Same columns, same ownership rule and the same checks as the XLSX register
(`xlsx_register`); what differs is how cells travel:

- `read()` is ONE values request for the whole tab, UNFORMATTED_VALUE with
  SERIAL_NUMBER dates, so hopthu's date cells come back as numbers and are
  turned into date/datetime (compared by `register.canonical` like the XLSX
  backend's; the conversions are in `sheetcells`);
- `write(plan)` re-reads (one request), applies `register.apply_checks`, then
  sends ONE `values:batchUpdate` for the cell writes and ONE `values:append`
  (`table_range="A1"`, INSERT_ROWS) for new rows — each split only if its
  payload passes ~2 MB. Everything is written RAW: a citizen's
  `=HYPERLINK(...)` stays text; dates are written as serial numbers and shown
  by the date formats set on their columns when the tab is made;
- rows are found by case code in that fresh read, never by a remembered row
  number; after an append whose fate is unknown (`AppendUncertain`) the code
  column is read again and only missing rows are appended: never a duplicate
  (`sheetcells.append_once`, which the contacts sheet uses too);
- the tab is made (headers, frozen header row, status drop-down, overdue and
  due-soon highlighting, a warning-only protection of hopthu's columns, date
  formats) in ONE `spreadsheets:batchUpdate`, on first start or by
  `hopthu init-sheet`;
- the spreadsheet's metadata is fetched once per process (sheet id, tab),
  never per cycle.

Contacts never go to the register. With `register.contacts_sheet_id`,
`contacts.ContactsSheet` keeps code, name, email and phone in that separate
sheet (shared only with the chair and the standing board).
"""

from __future__ import annotations

import logging
import random
import re
from dataclasses import dataclass
from typing import Any

from gspread.utils import rowcol_to_a1

from hopthu.core.model import FINISHED, Status
from hopthu.google.auth import GoogleError, find_tab, google_errors, lazy_client, service_email, worksheet
from hopthu.google.http import WriteUncertain
from hopthu.register.columns import (
    BY_ID,
    COLUMNS,
    Row,
    Snapshot,
    WritePlan,
    WriteResult,
    apply_checks,
    canonical,
    map_headers,
)
from hopthu.register.contacts import ContactsSheet
from hopthu.register.sheetcells import append_once, cell_in, cell_out, chunks

log = logging.getLogger("hopthu.gsheet")

DATE_FORMAT = {"type": "DATE", "pattern": "dd/mm/yyyy"}
DATETIME_FORMAT = {"type": "DATE_TIME", "pattern": "dd/mm/yyyy hh:mm"}
PROTECT_PREFIX = "hopthu:"
OWNER_NOTES = {
    "hopthu": "Cột do hopthu ghi. Sửa tay thì hopthu thôi ghi ô đó.",
    "shared": "Cột dùng chung: cán bộ sửa được, hopthu làm theo giá trị của cán bộ.",
    "officer": "Cột của cán bộ: hopthu không bao giờ ghi.",
}
OWNER_COLOURS = {"hopthu": "DDEBF7", "shared": "FFF2CC", "officer": "E2EFDA"}
OVERDUE_COLOUR = "F8CBAD"
DUE_SOON_COLOUR = "FFE699"


def _rgb(hex_colour: str) -> dict:
    return {k: int(hex_colour[i:i + 2], 16) / 255 for k, i in (("red", 0), ("green", 2), ("blue", 4))}


def _letter(index: int) -> str:
    return re.sub(r"\d+", "", rowcol_to_a1(1, index + 1))


@dataclass
class _Table:
    snapshot: Snapshot
    index: dict[str, int]      # column id → 0-based column
    has_data: bool             # anything at all below the header row
    grid_rows: int             # the tab's row count


# -- the register -----------------------------------------------------------------


class SheetRegister:
    """The case register in a tab of a Google spreadsheet."""

    coalesce = True                  # the cycle writes at most every register.write_every_seconds
    max_payload_bytes = 2_000_000    # per request; bigger batches are split
    append_attempts = 3              # appends tried after an uncertain one before leaving it to the next cycle

    def __init__(self, client: Any, sheet_id: str, tab: str = "Sổ theo dõi", *, contacts: "ContactsSheet | None" = None):
        """`client`: a gspread Client, or a callable returning one (built on first use)."""
        self._client_source = client if callable(client) else (lambda: client)
        self.sheet_id = sheet_id
        self.tab = tab
        self.where = f"Google Sheet {sheet_id} [{tab}]"
        self.contacts = contacts
        self._ws = None
        self._added: dict | None = None  # the tab's properties from the addSheet reply

    @classmethod
    def from_config(cls, config, client=None) -> "SheetRegister":
        reg = config.settings.case_register
        source = lazy_client(config, client)
        contacts = ContactsSheet(source, reg.contacts_sheet_id) if reg.contacts_sheet_id else None
        return cls(source, reg.sheet_id, reg.sheet, contacts=contacts)

    def _errors(self):
        return google_errors(self._client_source, what="sổ theo dõi", sheet_id=self.sheet_id, key="register.sheet_id")

    @property
    def email(self) -> str:
        return service_email(self._client_source())

    # -- opening and making the tab ------------------------------------------------

    def _metadata(self) -> dict:
        with self._errors():
            return self._client_source().http_client.fetch_sheet_metadata(self.sheet_id)

    def _open(self, create: bool):
        """The register tab (metadata fetched once per process); made on first start when `create`."""
        if self._ws is not None:
            return self._ws
        metadata = self._metadata()
        sheet = find_tab(metadata, self.tab)
        if sheet is None:
            if not create:
                return None
            self._refuse_if_renamed(metadata)
            self._setup(metadata, None, header_empty=True)
            sheet = {"properties": self._added} if self._added else find_tab(self._metadata(), self.tab)
            if sheet is None:
                raise GoogleError(f"{self.where}: không tạo được trang tính; chạy `hopthu init-sheet` và xem lỗi. "
                                  f"/ Could not create the tab; run `hopthu init-sheet`.")
        self._ws = worksheet(self._client_source(), self.sheet_id, sheet["properties"])
        return self._ws

    def _refuse_if_renamed(self, metadata: dict) -> None:
        """A missing tab is made only if no other tab carries hopthu's protections (a renamed register)."""
        for sheet in metadata.get("sheets") or []:
            if any((p.get("description") or "").startswith(PROTECT_PREFIX) for p in sheet.get("protectedRanges") or []):
                title = sheet["properties"]["title"]
                raise GoogleError(
                    f"{self.where}: không có trang «{self.tab}», nhưng trang «{title}» là sổ theo dõi của hopthu "
                    f"(có lẽ đã bị đổi tên): đặt lại tên «{self.tab}», hoặc sửa register.sheet thành «{title}». "
                    f"/ The register tab seems renamed to «{title}»: rename it back or set register.sheet."
                )

    def _setup_requests(self, sheet: dict | None, sheet_num: int, index: dict[str, int],
                        header_empty: bool) -> tuple[list[dict], list[str]]:
        """The requests that make (or complete) the register tab, and what each does, for officers."""
        requests: list[dict] = []
        done: list[str] = []
        width = max(index.values()) + 1
        props = (sheet or {}).get("properties", {})
        if sheet is None:
            requests.append({"addSheet": {"properties": {
                "sheetId": sheet_num, "title": self.tab,
                "gridProperties": {"rowCount": 1000, "columnCount": max(26, width), "frozenRowCount": 1}}}})
            done.append(f"tạo trang tính «{self.tab}»")
        if header_empty:
            cells = []
            for col in COLUMNS:
                cells.append({
                    "userEnteredValue": {"stringValue": col.header},
                    "userEnteredFormat": {"textFormat": {"bold": True}, "backgroundColor": _rgb(OWNER_COLOURS[col.owner]),
                                          "wrapStrategy": "WRAP", "verticalAlignment": "TOP"},
                    "note": OWNER_NOTES[col.owner] + (f" {col.help}" if col.help else ""),
                })
            requests.append({"updateCells": {
                "start": {"sheetId": sheet_num, "rowIndex": 0, "columnIndex": 0},
                "rows": [{"values": cells}],
                "fields": "userEnteredValue,userEnteredFormat.textFormat.bold,userEnteredFormat.backgroundColor,"
                          "userEnteredFormat.wrapStrategy,userEnteredFormat.verticalAlignment,note"}})
            done.append("ghi dòng tiêu đề (tô màu theo người giữ cột: xanh hopthu, vàng dùng chung, lục cán bộ)")
        if sheet is not None and not props.get("gridProperties", {}).get("frozenRowCount"):
            requests.append({"updateSheetProperties": {
                "properties": {"sheetId": sheet_num, "gridProperties": {"frozenRowCount": 1}},
                "fields": "gridProperties.frozenRowCount"}})
        done.append("cố định dòng tiêu đề")

        status = index["status"]
        requests.append({"setDataValidation": {
            "range": {"sheetId": sheet_num, "startRowIndex": 1, "startColumnIndex": status, "endColumnIndex": status + 1},
            "rule": {"condition": {"type": "ONE_OF_LIST", "values": [{"userEnteredValue": s.value} for s in Status]},
                     "inputMessage": "Chọn trạng thái; «Đã trả lời» gửi nội dung trả lời đến người dân.",
                     "strict": False, "showCustomUi": True}}})
        done.append("danh sách thả xuống cho cột Trạng thái")

        # Date columns: the header row too, so rows Google inserts below it inherit the format.
        for cid in ("received", "deadline", "answered_on"):
            if cid in index:
                fmt = DATETIME_FORMAT if BY_ID[cid].kind == "datetime" else DATE_FORMAT
                requests.append({"repeatCell": {
                    "range": {"sheetId": sheet_num, "startRowIndex": 0, "startColumnIndex": index[cid],
                              "endColumnIndex": index[cid] + 1},
                    "cell": {"userEnteredFormat": {"numberFormat": dict(fmt)}},
                    "fields": "userEnteredFormat.numberFormat"}})
        done.append("định dạng ngày dd/mm/yyyy cho các cột ngày")

        have_rules = {
            v.get("userEnteredValue")
            for rule in (sheet or {}).get("conditionalFormats") or []
            for v in ((rule.get("booleanRule") or {}).get("condition") or {}).get("values") or []
        }
        for n, (formula, colour, what) in enumerate(self._highlight_formulas(index)):
            if formula in have_rules:
                continue
            requests.append({"addConditionalFormatRule": {"index": n, "rule": {
                "ranges": [{"sheetId": sheet_num, "startRowIndex": 1, "startColumnIndex": 0, "endColumnIndex": width}],
                "booleanRule": {"condition": {"type": "CUSTOM_FORMULA", "values": [{"userEnteredValue": formula}]},
                                "format": {"backgroundColor": _rgb(colour)}}}}})
            done.append(what)

        have_protected = {p.get("description") for p in (sheet or {}).get("protectedRanges") or []}
        for description, grid in self._protections(sheet_num, index, width):
            if description in have_protected:
                continue
            requests.append({"addProtectedRange": {"protectedRange": {
                "range": grid, "description": description, "warningOnly": True}}})
            done.append("cảnh báo khi sửa tay: " + description[len(PROTECT_PREFIX):].strip())
        return requests, done

    @staticmethod
    def _highlight_formulas(index: dict[str, int]) -> list[tuple[str, str, str]]:
        d = "$" + _letter(index["deadline"]) + "2"
        s = "$" + _letter(index["status"]) + "2"
        open_case = ",".join(f'{s}<>"{status.value}"' for status in Status if status in FINISHED)
        return [
            (f"=AND(ISNUMBER({d}),{d}<TODAY(),{open_case})", OVERDUE_COLOUR, "tô đỏ các hồ sơ quá hạn"),
            (f"=AND(ISNUMBER({d}),{d}>=TODAY(),{d}-TODAY()<=2,{open_case})", DUE_SOON_COLOUR,
             "tô vàng các hồ sơ còn ≤ 2 ngày đến hạn"),
        ]

    @staticmethod
    def _protections(sheet_num: int, index: dict[str, int], width: int) -> list[tuple[str, dict]]:
        out = [(f"{PROTECT_PREFIX} dòng tiêu đề — hopthu tìm cột theo tên, đừng đổi tên cột",
                {"sheetId": sheet_num, "startRowIndex": 0, "endRowIndex": 1, "startColumnIndex": 0,
                 "endColumnIndex": width})]
        hopthu_cols = sorted(index[c.id] for c in COLUMNS if c.owner == "hopthu" and c.id in index)
        runs: list[list[int]] = []
        for col in hopthu_cols:
            if runs and col == runs[-1][-1] + 1:
                runs[-1].append(col)
            else:
                runs.append([col])
        for run in runs:
            names = ", ".join(c.header for c in COLUMNS if c.id in index and index[c.id] in run)
            out.append((f"{PROTECT_PREFIX} cột do hopthu ghi ({names}); dòng mới của cán bộ: cứ nhập, hopthu điền mã",
                        {"sheetId": sheet_num, "startRowIndex": 1, "startColumnIndex": run[0],
                         "endColumnIndex": run[-1] + 1}))
        return out

    def _setup(self, metadata: dict, sheet: dict | None, header_empty: bool,
               index: dict[str, int] | None = None) -> list[str]:
        """Make or complete the tab in ONE spreadsheets:batchUpdate; returns what was done."""
        if sheet is None:
            taken = {s["properties"]["sheetId"] for s in metadata.get("sheets") or []}
            sheet_num = random.randrange(1, 2**31 - 1)
            while sheet_num in taken:
                sheet_num = random.randrange(1, 2**31 - 1)
        else:
            sheet_num = sheet["properties"]["sheetId"]
        index = index or {c.id: i for i, c in enumerate(COLUMNS)}
        requests, done = self._setup_requests(sheet, sheet_num, index, header_empty)
        client = self._client_source()
        self._added = None
        for _ in range(3):
            try:
                with self._errors():
                    reply = client.http_client.batch_update(self.sheet_id, {"requests": requests})
                added = (reply.get("replies") or [{}])[0].get("addSheet") if sheet is None else None
                self._added = added.get("properties") if added else None
                break
            except WriteUncertain:
                # A batch applies entirely or not at all: look before sending what is missing again.
                now = find_tab(self._metadata(), self.tab)
                if now is None:
                    continue
                rest, _ = self._setup_requests(now, sheet_num, index, header_empty=False)
                if not any(k in r for r in rest for k in ("addConditionalFormatRule", "addProtectedRange")):
                    break
                requests = rest
        else:
            raise GoogleError(f"{self.where}: Google không xác nhận việc tạo trang tính; chạy lại "
                              f"`hopthu init-sheet`. / Google did not confirm the set-up; run it again.")
        log.info("register tab set up: %s", "; ".join(done))
        return done

    def init_sheet(self) -> list[str]:
        """`hopthu init-sheet`: make the tab, or add what an existing one lacks (idempotent)."""
        metadata = self._metadata()
        sheet = find_tab(metadata, self.tab)
        if sheet is None:
            self._refuse_if_renamed(metadata)
            done = self._setup(metadata, None, header_empty=True)
        else:
            ws = worksheet(self._client_source(), self.sheet_id, sheet["properties"])
            with self._errors():
                header = (ws.get("1:1") or [[]])[0]
            empty = not any(canonical(h) for h in header)
            index = None if empty else map_headers(list(header), self.where)
            done = self._setup(metadata, sheet, header_empty=empty, index=index)
        self._ws = None  # re-read the metadata at next use
        if self.contacts is not None:
            done += self.contacts.init_sheet()
        return done

    # -- reading ------------------------------------------------------------------

    def _fetch(self, create: bool = True) -> _Table | None:
        ws = self._open(create)
        if ws is None:
            return None
        try:
            with self._errors():
                values = ws.get(value_render_option="UNFORMATTED_VALUE", date_time_render_option="SERIAL_NUMBER")
        except GoogleError as exc:
            if isinstance(exc.__cause__, Exception) and "Unable to parse range" in str(exc.__cause__):
                self._ws = None  # the tab was renamed or deleted: look again next cycle
                raise GoogleError(f"{self.where}: không đọc được trang «{self.tab}» (bị đổi tên hoặc xóa?). "
                                  f"/ The register tab was renamed or deleted.") from exc
            raise
        match = re.search(r"(\d+)$", getattr(values, "range", "") or "")
        grid_rows = int(match.group(1)) if match else 1000
        rows = [list(r) for r in values]
        header = rows[0] if rows else []
        if not any(canonical(h) for h in header):
            if not create:
                return _Table(Snapshot([]), {}, False, grid_rows)
            metadata = self._metadata()
            self._setup(metadata, find_tab(metadata, self.tab), header_empty=True)
            index = {c.id: i for i, c in enumerate(COLUMNS)}
            return _Table(Snapshot([]), index, any(any(v not in (None, "") for v in r) for r in rows[1:]), grid_rows)
        index = map_headers(header, self.where)
        out = []
        has_data = False
        for number, vals in enumerate(rows[1:], start=2):
            if not any(v not in (None, "") for v in vals):
                continue
            has_data = True
            out.append(Row(number, {cid: cell_in(cid, vals[i] if i < len(vals) else None) for cid, i in index.items()}))
        return _Table(Snapshot(out), index, has_data, grid_rows)

    def read(self) -> Snapshot:
        return self._fetch(create=True).snapshot

    # -- writing ------------------------------------------------------------------

    def write(self, plan: WritePlan) -> WriteResult:
        if not plan:
            return WriteResult()
        table = self._fetch(create=True)  # fresh: an officer typing this minute wins
        landed, result = apply_checks(table.snapshot, plan)
        index = table.index
        data = [{"range": rowcol_to_a1(row.position, index[w.column] + 1), "values": [[cell_out(w.column, w.value)]]}
                for row, w in landed if w.column in index]
        width = max(index.values()) + 1
        new_rows = [(values, self._row(values, index, width)) for values in plan.appends]
        filled: list[tuple[dict, list]] = []
        if new_rows and not table.has_data:
            # An empty register: fill rows 2.. (formatted when the tab was made) instead of inserting rows
            # that would inherit the header's look.
            filled, new_rows = new_rows[:max(0, table.grid_rows - 1)], new_rows[max(0, table.grid_rows - 1):]
            data += [{"range": f"A{n}", "values": [row]} for n, (_, row) in enumerate(filled, start=2)]
        ws = self._open(create=True)
        for batch in chunks(data, self.max_payload_bytes):
            with self._errors():
                ws.batch_update(batch, value_input_option="RAW")
        appended = self._append(ws, new_rows)
        result.appended = [values for values, _ in filled] + appended
        return result

    @staticmethod
    def _row(values: dict[str, Any], index: dict[str, int], width: int) -> list:
        row: list[Any] = [""] * width
        for cid, value in values.items():
            if cid in index:
                row[index[cid]] = cell_out(cid, value)
        return row

    def _append(self, ws, new_rows: list[tuple[dict, list]]) -> list[dict]:
        """Append in ≤ 2 MB requests, never twice the same row (`append_once`); returns the rows' values that landed."""
        def append(rows: list[list]) -> None:
            with self._errors():
                ws.append_rows(rows, value_input_option="RAW", insert_data_option="INSERT_ROWS", table_range="A1")

        landed = append_once(
            append, new_rows, row=lambda p: p[1], code=lambda p: p[0].get("code"),
            codes_present=lambda: self._fetch(create=False).snapshot.by_code(),
            max_bytes=self.max_payload_bytes, attempts=self.append_attempts, what="register",
        )
        return [values for values, _ in landed]

    # -- checking -------------------------------------------------------------------

    def check(self) -> str:
        table = self._fetch(create=False)
        if table is None:
            raise GoogleError(
                f"{self.where}: chưa có trang «{self.tab}»: chạy `hopthu init-sheet` để tạo sổ theo dõi. "
                f"/ The register tab does not exist yet: run `hopthu init-sheet`."
            )
        if not table.index:
            raise GoogleError(f"{self.where}: trang tính trống: chạy `hopthu init-sheet`. / The tab is empty: "
                              f"run `hopthu init-sheet`.")
        out = f"{self.where}: {len(table.snapshot.rows)} dòng, đủ các cột; tài khoản dịch vụ {self.email}"
        if self.contacts is not None:
            out += "\n" + self.contacts.check()
        return out
