"""The shared case register as a Google sheet (gspread), implementing `register.RegisterBackend`.

Same columns, same ownership rule and the same checks as the XLSX register
(`xlsx_register`); what differs is how cells travel:

- `read_if_changed()` asks Drive first (`register.freshness`: one ~100-byte
  request) and reads the tab only when it changed since the last whole read,
  or when `register.full_read_minutes` passed (the safety net);
- `read()` is ONE values request for the whole tab, UNFORMATTED_VALUE with
  SERIAL_NUMBER dates, so hopthu's date cells come back as numbers and are
  turned into date/datetime (compared by `register.canonical` like the XLSX
  backend's; the conversions are in `sheetcells`);
- `write(plan)` re-reads (one request; not for a plan of appends alone when
  Drive said nothing changed since the last whole read), applies `register.apply_checks`, then
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

from hopthu.google.auth import GoogleError, find_tab, google_errors, lazy_client, service_email, worksheet
from hopthu.google.wire import WriteUncertain
from hopthu.register.columns import (
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
from hopthu.register.freshness import ChangeProbe
from hopthu.register.sheetcells import RowPositions, append_once, cell_in, cell_out, chunks
from hopthu.register.statustab import write_status_tab
from hopthu.register.tablook import (
    PROTECT_PREFIX,
    letter,
    rowcol_to_a1,
    setup_requests,
)

log = logging.getLogger("hopthu.gsheet")



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

    def __init__(self, client: Any, sheet_id: str, tab: str = "Sổ theo dõi", *, contacts: "ContactsSheet | None" = None,
                 full_read_seconds: float = 600):
        """`client`: a gspread Client, or a callable returning one (built on first use)."""
        self._client_source = client if callable(client) else (lambda: client)
        self.sheet_id = sheet_id
        self.tab = tab
        self.where = f"Google Sheet {sheet_id} [{tab}]"
        self.contacts = contacts
        self._ws = None
        self._added: dict | None = None  # the tab's properties from the addSheet reply
        self._status_ready = False  # the "Hệ thống" tab exists (write_status)
        self.probe = ChangeProbe(self._client_source, sheet_id, full_read_seconds=full_read_seconds)
        # The shape of the last whole read (never its rows: the journal holds what hopthu wrote), and whether
        # this cycle's probe found the tab unchanged since (then appends need no fresh read).
        self._shape: tuple[dict[str, int], bool, int] | None = None
        self._unchanged = False
        # Where each code's row was at the last whole read, kept up to date with hopthu's own appends; used
        # only while Drive says nobody else touched the tab, and checked against the code read back.
        self._positions: RowPositions | None = None
        self._taken_over = False  # `take_over` gave the shape: the tab is looked up before the next probe

    @classmethod
    def from_config(cls, config, client=None, *, apart: bool = False) -> "SheetRegister":
        reg = config.settings.register
        source = lazy_client(config, client, apart=apart)
        contacts = ContactsSheet(source, reg.contacts_sheet_id) if reg.contacts_sheet_id else None
        return cls(source, reg.sheet_id, reg.sheet, contacts=contacts, full_read_seconds=reg.full_read_minutes * 60)

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
        requests, done = setup_requests(self.tab, sheet, sheet_num, index, header_empty)
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
                rest, _ = setup_requests(self.tab, now, sheet_num, index, header_empty=False)
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
        self._shape = (index, has_data, grid_rows)
        snapshot = Snapshot(out)
        self._positions = RowPositions((code, row.position) for code, row in snapshot.by_code().items())
        self.probe.read_whole()
        return _Table(snapshot, index, has_data, grid_rows)

    def read(self) -> Snapshot:
        self._unchanged = False
        return self._fetch(create=True).snapshot

    def read_if_changed(self) -> Snapshot | None:
        """The whole tab when it can have changed since the last whole read, else None (one small Drive
        request instead of the tab)."""
        if self._ws is None and self._taken_over:  # the shape came from a start-up child: the tab, by metadata
            self._taken_over = False
            self._open(create=True)
        if self._shape is not None and self._ws is not None and not self.probe.changed():
            self._unchanged = True
            return None
        return self.read()

    def hand_over(self) -> dict[str, Any]:
        """What lets the next cycle skip a whole read, for the daemon after its start-up child (service.Daemon.
        catch_up) read the register whole: the tab's shape, where each code's row is, the Drive probe's memory."""
        probe = self.probe
        return {"sheet": self.sheet_id, "tab": self.tab, "shape": self._shape, "positions": self._positions,
                "status_ready": self._status_ready, "seen": probe.seen, "drive": probe.drive, "problem": probe.problem,
                "age": None if probe.full_at is None else probe.clock() - probe.full_at}

    def take_over(self, state: dict[str, Any]) -> None:
        """The state another process's `hand_over` gave (nothing when it is of another register or incomplete)."""
        if (state.get("sheet"), state.get("tab")) != (self.sheet_id, self.tab) or state.get("shape") is None \
                or state.get("age") is None:
            return
        self._shape, self._positions = state["shape"], state["positions"]
        self._taken_over = True
        self._status_ready = bool(state["status_ready"])
        probe = self.probe
        probe.seen, probe.drive, probe.problem = state["seen"], state["drive"], state["problem"]
        probe.full_at = probe.clock() - float(state["age"])

    # -- writing ------------------------------------------------------------------

    def write(self, plan: WritePlan) -> WriteResult:
        if not plan:
            return WriteResult()
        shape = self._shape
        blind = not plan.writes and self._unchanged and shape is not None
        table: _Table | None = None
        if shape is not None and blind:
            # Appends alone on a tab Drive says nobody touched since the last whole read: nothing to re-check.
            table = _Table(Snapshot([]), *shape)
        elif shape is not None and self._unchanged and not any(w.claim for w in plan.writes):
            table = self._rows_now({w.code for w in plan.writes}, shape)  # fresh, but only the rows written
            blind = table is not None
        if table is None:
            table = self._fetch(create=True)  # fresh: an officer typing this minute wins
        self._unchanged = False
        if table is None:  # cannot happen with create=True; a clear error rather than an AttributeError
            raise GoogleError(f"{self.where}: không mở được trang «{self.tab}». / Cannot open the register tab.")
        result = self._write(table, plan)
        if self._shape is not None:
            index, has_data, grid_rows = self._shape
            self._shape = (index, has_data or bool(plan.appends), grid_rows)
        if blind:
            # Only hopthu's rows changed since the probe a moment ago: no whole read next cycle for them. After
            # cell writes there is one: an officer may have typed while this cycle ran, and must be acted on.
            self.probe.after_own_write()
        return result

    #: more rows than this to re-check before writing: read the whole tab instead
    targeted_rows_max = 200

    def _rows_now(self, codes: set[str], shape: tuple[dict[str, int], bool, int]) -> _Table | None:
        """The rows of `codes` as they are now, in ONE batchGet, where the last whole read (plus hopthu's own
        appends) put them; None when any is not there any more (then the whole tab is read)."""
        positions = self._positions
        if positions is None or not codes or len(codes) > self.targeted_rows_max or any(c not in positions for c in codes):
            return None
        index = shape[0]
        last = letter(max(index.values()))
        numbers = sorted({positions[c] for c in codes})
        ws = self._open(create=True)
        with self._errors():
            got = ws.batch_get([f"A{n}:{last}{n}" for n in numbers], value_render_option="UNFORMATTED_VALUE",
                               date_time_render_option="SERIAL_NUMBER")
        rows = []
        for number, value_range in zip(numbers, got):
            vals = list(value_range[0]) if value_range else []
            rows.append(Row(number, {cid: cell_in(cid, vals[i] if i < len(vals) else None) for cid, i in index.items()}))
        snapshot = Snapshot(rows)
        found = snapshot.by_code()
        if any(c not in found or found[c].position != positions[c] for c in codes):
            return None
        return _Table(snapshot, *shape)

    def _write(self, table: _Table, plan: WritePlan) -> WriteResult:
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
            if self._positions is not None:
                self._positions.update({values["code"]: n for n, (values, _) in enumerate(filled, start=2)})
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
        code_col = next((i for i, col in enumerate(COLUMNS) if col.id == "code"), 0)
        if self._shape is not None:
            code_col = self._shape[0]["code"]

        def append(rows: list[list]) -> None:
            with self._errors():
                reply = ws.append_rows(rows, value_input_option="RAW", insert_data_option="INSERT_ROWS", table_range="A1")
            match = re.search(r"![A-Z]+(\d+)", ((reply or {}).get("updates") or {}).get("updatedRange", ""))
            if match is None or self._positions is None:
                self._positions = None  # where they landed is unknown: the next cell write reads the whole tab
                return
            first = int(match.group(1))
            self._positions.update({row[code_col]: first + i for i, row in enumerate(rows)})

        landed = append_once(
            append, new_rows, row=lambda p: p[1], code=lambda p: p[0].get("code"),
            codes_present=self._codes_present,
            max_bytes=self.max_payload_bytes, attempts=self.append_attempts, what="register",
        )
        return [values for values, _ in landed]

    def _codes_present(self) -> dict:
        """After an uncertain append: the codes in the tab now (a whole read, which also renews the positions)."""
        table = self._fetch(create=False)
        return table.snapshot.by_code() if table is not None else {}

    # -- checking -------------------------------------------------------------------

    def write_status(self, rows: list[list[str]], *, now: bool = True) -> None:
        """The "Hệ thống" tab (alerts.py; `register.statustab`). hopthu's own write: the next cycle does not
        read the register whole for it."""
        self._status_ready = write_status_tab(self._client_source(), self.sheet_id, rows, self._errors,
                                              exists=self._status_ready or None)
        self.probe.after_own_write()

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
        if self.probe.modified_time() is not None:
            out += "; Google Drive API: bật (hopthu chỉ đọc lại sổ khi sổ thay đổi)"
        else:
            minutes = round(self.probe.full_read_seconds / 60)
            out += (f"; CẢNH BÁO: không hỏi được Google Drive ({self.probe.problem or 'lỗi tạm thời'}): sổ được đọc "
                    f"lại toàn bộ {minutes} phút một lần; bật Google Drive API để hopthu biết ngay khi sổ thay đổi")
        if self.contacts is not None:
            out += "\n" + self.contacts.check()
        return out
