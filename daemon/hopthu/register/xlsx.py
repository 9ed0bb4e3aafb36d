"""The embedded case register: a local XLSX workbook (openpyxl) with the Google sheet's columns.

Dates are real dates with a Vietnamese format, citizens' text is always stored
as a string (a cell starting with "=" stays text, never a formula), and the
file is replaced atomically so a crash never leaves half a workbook.

A register another program holds open (Excel on Windows refuses the replace; on Linux LibreOffice's
lock, see platform.py) is not written: `RegisterBusy` says who holds it, the new workbook is thrown
away — never a second copy beside the register that officers could take for it — and the writes wait
in the journal for the next cycle.
"""

from __future__ import annotations

import glob
import logging
import os
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from hopthu import platform
from hopthu.core.model import Status
from hopthu.core.safetext import cell_text
from hopthu.register.columns import (
    BY_ID,
    COLUMNS,
    RegisterBusy,
    RegisterError,
    Row,
    Snapshot,
    WritePlan,
    WriteResult,
    apply_checks,
    map_headers,
)

log = logging.getLogger("hopthu.register")

DATE_FORMAT = "dd/mm/yyyy"
#: A temporary copy older than this was left by a save that never finished (a kill, a power cut).
STALE_TEMP_SECONDS = 30 * 60
STATUS_SHEET = "Hệ thống"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"


class XlsxRegister:
    coalesce = False  # a local file: written in every cycle
    contacts = None   # contacts stay in the journal
    def __init__(self, path: str | Path, sheet: str = "Sổ theo dõi"):
        self.path = Path(path)
        self.sheet = sheet
        self.where = str(self.path)
        self._status_rows: list[list[str]] | None = None  # a status refresh waiting for the next save

    # -- reading ------------------------------------------------------------

    def _load(self):
        from openpyxl import load_workbook

        if not self.path.exists():
            self._create()
        try:
            wb = load_workbook(self.path)
        except PermissionError:  # Windows: a program that opened it without sharing reads (not Excel's habit)
            raise RegisterBusy(str(self.path), office_lock_holder(self.path)) from None
        except Exception as exc:
            raise RegisterError(
                f"{self.path}: không mở được sổ theo dõi ({exc}). Đóng tệp nếu đang mở trong Excel, "
                f"hoặc khôi phục bản sao gần nhất."
            ) from None
        if self.sheet not in wb.sheetnames:
            raise RegisterError(
                f"{self.path}: không có trang tính \"{self.sheet}\" (có: {', '.join(wb.sheetnames)}). "
                f"Đặt lại tên trang tính hoặc sửa register.sheet trong cấu hình."
            )
        return wb, wb[self.sheet]

    def _snapshot(self, ws) -> tuple[Snapshot, dict[str, int]]:
        rows_iter = ws.iter_rows(values_only=True)
        headers = list(next(rows_iter, []) or [])
        index = map_headers(headers, f"{self.path} [{self.sheet}]")
        rows = []
        for number, values in enumerate(rows_iter, start=2):
            values = list(values)
            if not any(v not in (None, "") for v in values):
                continue
            rows.append(Row(number, {cid: values[i] if i < len(values) else None for cid, i in index.items()}))
        return Snapshot(rows), index

    def read(self) -> Snapshot:
        wb, ws = self._load()
        try:
            return self._snapshot(ws)[0]
        finally:
            wb.close()

    def read_if_changed(self) -> Snapshot:
        return self.read()  # a local file: reading it is cheap, every cycle

    # -- writing ------------------------------------------------------------

    def write(self, plan: WritePlan) -> WriteResult:
        if not plan:
            return WriteResult()
        wb, ws = self._load()
        snapshot, index = self._snapshot(ws)
        landed, result = apply_checks(snapshot, plan)
        for row, write in landed:
            if not self._set_alone(ws.cell(row=row.position, column=index[write.column] + 1), write.column,
                                   write.value, write.code, result):
                result.written.remove(write)
        next_row = max([ws.max_row] + [r.position for r in snapshot.rows]) + 1
        from hopthu.register import xlsx_stream

        # new rows are made as cells only while the save writes them (xlsx_stream): a backlog of thousands
        # of cases is never held as cell objects
        xlsx_stream.attach(ws, next_row, plan.appends, index,
                           lambda cell, cid, value, code: self._set_alone(cell, cid, value, code, result))
        if self._status_rows is not None:  # a routine status refresh rides on this save
            self._put_status(wb, self._status_rows)
        try:
            self._save(wb)
        finally:
            xlsx_stream.detach(ws)
        return result

    def _set_alone(self, cell, column_id: str, value, code: str, result: WriteResult) -> bool:
        """One cell; a value openpyxl still refuses is left out and reported, the other cells go on."""
        try:
            self._set(cell, column_id, value)
            return True
        except Exception as exc:  # a bulkhead: one bad value must never keep the other rows out
            cell.value = None
            result.refused.append((code, column_id, f"{type(exc).__name__}: {str(exc)[:120]}"))
            return False

    @staticmethod
    def _set(cell, column_id: str, value) -> None:
        kind = BY_ID[column_id].kind
        if value in (None, ""):
            cell.value = None
            return
        if kind == "datetime" and isinstance(value, datetime):
            cell.value = value.replace(tzinfo=None)
            cell.number_format = DATETIME_FORMAT
        elif kind in ("date", "datetime") and isinstance(value, date):
            cell.value = value
            cell.number_format = DATE_FORMAT
        else:
            cell.value = cell_text(str(value))  # openpyxl refuses C0 controls: shown as visible marks
            cell.data_type = "s"  # RAW: "=HYPERLINK(...)" from a citizen stays text

    def write_status(self, rows: list[list[str]], *, now: bool = True) -> None:
        """The "Hệ thống" sheet (alerts.py): hopthu's own status, rewritten whole; the register is untouched.
        `now=False`: a routine refresh, written with the register's next save instead of a save of its own
        (loading and saving a big workbook costs ~0.4 s); an alert that starts or ends is written at once."""
        if not now:
            self._status_rows = rows
            return
        wb, _ = self._load()
        self._put_status(wb, rows)
        self._save(wb)

    def _put_status(self, wb, rows: list[list[str]]) -> None:
        from openpyxl.styles import Font

        self._status_rows = None
        ws = wb[STATUS_SHEET] if STATUS_SHEET in wb.sheetnames else wb.create_sheet(STATUS_SHEET)
        ws.delete_rows(1, ws.max_row)
        for row in rows:
            ws.append([cell_text(str(v)) for v in row])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for letter, width in zip("ABCD", (30, 22, 22, 90)):
            ws.column_dimensions[letter].width = width

    def _save(self, wb) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        prefix = f".{self.path.stem}-"
        self._sweep(prefix)
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".xlsx", dir=self.path.parent)
        os.close(fd)
        system = platform.current()
        existed = self.path.exists()
        try:
            wb.save(tmp)
            try:  # keeps whatever mode (and group) the administrator gave the register
                system.replace_file(Path(tmp), self.path)
            except platform.FileBusy:
                raise RegisterBusy(str(self.path), office_lock_holder(self.path)) from None
            if not existed:
                system.share_like_folder(self.path)  # officers sharing the data folder's group can open it
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
            wb.close()

    def _sweep(self, prefix: str) -> None:
        """Temporary copies a killed save left (a full hidden copy of the register each): removed once they
        are older than any save takes; a younger one may be another writer's save in progress."""
        cutoff = time.time() - STALE_TEMP_SECONDS
        for leftover in self.path.parent.glob(f"{glob.escape(prefix)}*.xlsx"):
            try:
                if leftover.stat().st_mtime < cutoff:
                    leftover.unlink()
                    log.info("removed %s, left by an interrupted save of the register", leftover.name)
            except OSError:  # gone meanwhile, or not ours to remove
                continue

    def _create(self) -> None:
        """A new register: headers, frozen header row, status drop-down, widths, overdue highlighting."""
        from openpyxl import Workbook
        from openpyxl.formatting.rule import FormulaRule
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.datavalidation import DataValidation

        wb = Workbook()
        ws = wb.active
        assert ws is not None  # a new workbook has its one sheet active
        ws.title = self.sheet
        ws.append(list(c.header for c in COLUMNS))
        owner_fill = {
            "hopthu": PatternFill("solid", fgColor="DDEBF7"),
            "shared": PatternFill("solid", fgColor="FFF2CC"),
            "officer": PatternFill("solid", fgColor="E2EFDA"),
        }
        for i, col in enumerate(COLUMNS, start=1):
            cell = ws.cell(row=1, column=i)
            cell.font = Font(bold=True)
            cell.fill = owner_fill[col.owner]
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            ws.column_dimensions[get_column_letter(i)].width = col.width
        ws.freeze_panes = "B2"
        status_col = get_column_letter([c.id for c in COLUMNS].index("status") + 1)
        statuses = ",".join(s.value for s in Status)
        dv = DataValidation(type="list", formula1=f'"{statuses}"', allow_blank=True, showErrorMessage=False)
        dv.add(f"{status_col}2:{status_col}5000")
        ws.add_data_validation(dv)
        deadline_col = get_column_letter([c.id for c in COLUMNS].index("deadline") + 1)
        last = get_column_letter(len(COLUMNS))
        done = " ,".join(f'${status_col}2<>"{s}"' for s in ("Đã trả lời", "Đã đóng"))
        ws.conditional_formatting.add(
            f"A2:{last}5000",
            FormulaRule(
                formula=[f'AND(${deadline_col}2<>"",${deadline_col}2<TODAY(),{done})'],
                fill=PatternFill("solid", fgColor="F8CBAD"),
            ),
        )
        ws.conditional_formatting.add(
            f"A2:{last}5000",
            FormulaRule(
                formula=[f'AND(${deadline_col}2<>"",${deadline_col}2-TODAY()<=2,${deadline_col}2>=TODAY(),{done})'],
                fill=PatternFill("solid", fgColor="FFE699"),
            ),
        )
        self._save(wb)

    def check(self) -> str:
        """Read-only (`hopthu check` changes nothing): a missing register is made at the first run."""
        if not self.path.exists():
            where = next(p for p in self.path.parents if p.exists())
            if not os.access(where, os.W_OK):
                raise RegisterError(f"{self.path}: chưa có sổ theo dõi và không ghi được vào {where}: cho người "
                                    f"dùng chạy hopthu quyền ghi. / The register does not exist and {where} is "
                                    f"not writable for the user running hopthu.")
            return f"{self.path}: chưa có, sẽ được tạo ở lần chạy đầu / made at the first run"
        snapshot = self.read()
        return f"{self.path} [{self.sheet}]: {len(snapshot.rows)} dòng, đủ các cột"


def office_lock_holder(path: Path) -> str:
    """Who has `path` open, from the office program's owner file beside it, or "" when none says.

    Excel writes `~$<name>` (Word-style `~$` + the name without its first two letters too): a byte
    with the length of the user name, the name in the ANSI code page, padding to 54 bytes, then the
    length again (2 bytes) and the name in UTF-16. LibreOffice writes `.~lock.<name>#`:
    `,<user>,<host>,<date>,<profile>;`. Read only to tell officers where to close the file;
    never trusted for anything else (a stale owner file stays after a crash)."""
    name = path.name
    for candidate in (f".~lock.{name}#",):
        try:
            fields = (path.parent / candidate).read_text(encoding="utf-8", errors="replace").split(",")
        except OSError:
            continue
        if len(fields) >= 3:
            user, host = fields[1].strip(), fields[2].strip()
            return f"{host} ({user})" if host and user else host or user
    for candidate in (f"~${name}", f"~${name[2:]}"):
        try:
            data = (path.parent / candidate).read_bytes()[:512]
        except OSError:
            continue
        if len(data) >= 56:
            size = int.from_bytes(data[54:56], "little")
            wide = data[56:56 + 2 * size]
            if size and len(wide) == 2 * size:
                return wide.decode("utf-16-le", errors="replace").strip("\x00 ")
        if data:
            return data[1:1 + data[0]].decode("cp1252", errors="replace").strip("\x00 ")
    return ""
