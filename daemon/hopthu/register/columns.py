"""The central case register: its columns, who owns each, and how hopthu shares it with officers.

Officers sort, filter, insert rows and type in the register all day. So:
- rows are found by case code, never by row number, and never cached between cycles;
- hopthu writes a cell only while it still holds the value hopthu last wrote there
  (remembered in the journal); once an officer changed it, the officer's value
  wins and hopthu acts on it (`officer_edits`);
- the check is repeated on a fresh read right before writing (`RegisterBackend.write`),
  so an officer typing in the same minute still wins;
- an officer's own columns are never written, except when the row is first created.

This module is backend-neutral: the XLSX file and the Google sheet both
implement `RegisterBackend` (read everything in one go, write one batch).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Iterator, Literal, Protocol

from hopthu.core.textnorm import fold
from hopthu.errors import OperatorError

Owner = Literal["hopthu", "officer", "shared"]


@dataclass(frozen=True)
class Column:
    id: str
    header: str
    owner: Owner
    kind: Literal["text", "date", "datetime"] = "text"
    width: int = 18
    help: str = ""


COLUMNS: tuple[Column, ...] = (
    Column("code", "Mã hồ sơ", "hopthu", width=14, help="HT-năm-số; để trống khi cán bộ tự thêm dòng"),
    Column("received", "Ngày tiếp nhận", "hopthu", "datetime", 17),
    Column("channel", "Kênh tiếp nhận", "hopthu", width=16),
    Column("tdp", "Tổ dân phố", "hopthu", width=12),
    Column("category", "Lĩnh vực", "shared", width=26),
    Column("agency", "Cơ quan chủ trì", "shared", width=30),
    Column("co_agencies", "Cơ quan phối hợp", "shared", width=24),
    Column("complexity", "Mức độ", "shared", width=13),
    Column("deadline", "Hạn trả lời", "hopthu", "date", 12),
    Column("status", "Trạng thái", "shared", width=18),
    Column("flags", "Lưu ý", "shared", width=14),  # the chair clears a wrong spam/abuse flag here
    Column("summary", "Nội dung (đã ẩn thông tin cá nhân)", "hopthu", width=60),
    Column("officer", "Cán bộ phụ trách", "officer", width=20),
    Column("answer", "Nội dung trả lời", "shared", width=50),
    Column("answered_on", "Ngày trả lời", "hopthu", "date", 12),
    Column("notes", "Ghi chú", "officer", width=30),
    Column("history", "Diễn biến", "hopthu", width=50),
)
BY_ID = {c.id: c for c in COLUMNS}
HEADERS = tuple(c.header for c in COLUMNS)


class RegisterError(OperatorError):
    """The register cannot be used as it is (e.g. an officer renamed a header)."""


class RegisterBusy(RegisterError):
    """Another program holds the register file open (Excel on Windows): it cannot be written now.

    Nothing is lost: what hopthu wanted to write is recomputed from the journal at the next cycle.
    `holder`: who holds it, as far as the office program's lock file says (may be "")."""

    def __init__(self, where: str, holder: str = ""):
        self.where, self.holder = where, holder
        on = f"trên máy {holder}" if holder else "trên một máy khác"
        on_en = f"on {holder}" if holder else "in another program"
        super().__init__(f"Sổ đang mở {on}, hopthu sẽ ghi khi đóng ({where}). / The register is open {on_en}; "
                         f"hopthu will write it once it is closed.")


def canonical(value: Any, kind: str = "text") -> str:
    """The text form used to compare what is in a cell with what hopthu wrote."""
    if value is None:
        return ""
    if kind == "date" and isinstance(value, datetime):
        value = value.date()  # a spreadsheet gives dates back as midnight date-times
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\r\n", "\n").strip()


def map_headers(headers: list[Any], where: str) -> dict[str, int]:
    """Column id → index, found by header text; every column of hopthu's and the shared ones are required."""
    folded = {fold(canonical(h)): i for i, h in enumerate(headers) if canonical(h)}
    index: dict[str, int] = {}
    missing = []
    for col in COLUMNS:
        pos = folded.get(fold(col.header))
        if pos is None:
            if col.owner != "officer":
                missing.append(col.header)
            continue
        index[col.id] = pos
    if missing:
        raise RegisterError(
            f"{where}: không tìm thấy cột {', '.join(repr(m) for m in missing)} trong dòng tiêu đề. "
            f"Có lẽ ai đó đã đổi tên cột: đặt lại đúng tên cột (hopthu tìm cột theo tên, không theo vị trí). "
            f"Headers missing: {', '.join(missing)}."
        )
    return index


@dataclass
class Row:
    position: int                  # 1-based sheet row in *this* read only; never stored
    values: dict[str, Any]         # column id → cell value as read

    def text(self, column_id: str) -> str:
        col = BY_ID.get(column_id)
        return canonical(self.values.get(column_id), col.kind if col else "text")


@dataclass
class Snapshot:
    rows: list[Row]

    def by_code(self) -> dict[str, Row]:
        out: dict[str, Row] = {}
        for row in self.rows:
            code = row.text("code")
            if code and code not in out:
                out[code] = row
        return out

    def uncoded(self) -> list[Row]:
        """Rows an officer typed in (paper box, meetings): text but no code yet."""
        return [r for r in self.rows if not r.text("code") and r.text("summary")]


@dataclass
class CellWrite:
    code: str          # the row is the one whose code cell holds this (or, with `claim`, the uncoded row)
    column: str
    value: Any
    expect: str        # canonical text the cell must still hold, else the officer's value wins
    claim: str = ""    # for a code written into an officer's new row: that row's summary text


@dataclass
class WritePlan:
    writes: list[CellWrite] = field(default_factory=list)
    appends: list[dict[str, Any]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.writes or self.appends)


@dataclass
class WriteResult:
    written: list[CellWrite] = field(default_factory=list)
    appended: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[CellWrite] = field(default_factory=list)  # an officer changed the cell meanwhile
    #: cells the backend could not store even after cleaning: (case code, column id, why); skipped alone
    refused: list[tuple[str, str, str]] = field(default_factory=list)


class ContactsSink(Protocol):
    """A separate sheet that only the chair and the board see: code, name, email, phone."""

    def sync(self, journal: Any) -> int:
        """Add the contacts of cases not there yet; returns how many rows were added."""


class RegisterBackend(Protocol):
    where: str
    #: True for registers on a request quota (Google): the throttle coalesces their writes
    coalesce: bool

    @property
    def contacts(self) -> ContactsSink | None:
        """`register.contacts_sheet_id`: where contacts go instead of the register (never into it).
        Read-only here, so a backend may narrow it (the XLSX register's is always None)."""

    def read(self) -> Snapshot:
        """All rows, in one request/one file read. Creates the register on first use."""

    def read_if_changed(self) -> Snapshot | None:
        """All rows, or None when the register cannot have changed since the last `read` (a backend that
        cannot tell cheaply always reads). None means: officers typed nothing new; hopthu's own values
        may still be written."""

    def write(self, plan: WritePlan) -> WriteResult:
        """Re-read, then apply `plan` in one batch: a write lands only where its row is found by code
        and its cell still holds `expect`; appends go after the last row."""

    def check(self) -> str:
        """A one-line description of a working register, or raise with what to fix."""


def write_parts(register: RegisterBackend, plans: Iterator[WritePlan]) -> Iterator[WriteResult]:
    """`plans` written as one batch (`RegisterBackend.write`), made and sent a part at a time where the backend can
    take them so (the XLSX register's child: `write_parts`, a backlog's 10,000 rows never held here at once).
    Yields what landed, in parts: what did not land (conflicts, refused) always comes before the cells it
    concerns. Nothing is sent, and nothing yielded, when every plan is empty."""
    plans = (plan for plan in plans if plan)
    first = next(plans, None)
    if first is None:
        return
    streamed = getattr(register, "write_parts", None)
    if streamed is not None:
        yield from streamed(itertools.chain([first], plans))
        return
    whole = WritePlan(list(first.writes), list(first.appends))
    for plan in plans:
        whole.writes += plan.writes
        whole.appends += plan.appends
    yield register.write(whole)


def locate(rows: list[Row], write: CellWrite, by_code: dict[str, Row]) -> Row | None:
    """The row a write belongs to in a fresh read, or None when it is gone."""
    if write.claim:
        for row in rows:
            if not row.text("code") and row.text("summary") == canonical(write.claim):
                return row
        return None
    return by_code.get(write.code)


def apply_checks(snapshot: Snapshot, plan: WritePlan) -> tuple[list[tuple[Row, CellWrite]], WriteResult]:
    """Shared by backends: decide, on a fresh read, which writes may land."""
    result = WriteResult(appended=list(plan.appends))
    by_code = snapshot.by_code()
    landed: list[tuple[Row, CellWrite]] = []
    claimed: dict[int, str] = {}
    for write in plan.writes:
        row = locate(snapshot.rows, write, by_code)
        if row is None or (write.claim and claimed.get(row.position, write.code) != write.code):
            result.conflicts.append(write)
            continue
        if write.claim:
            claimed[row.position] = write.code
        if row.text(write.column) != write.expect:
            result.conflicts.append(write)
            continue
        landed.append((row, write))
        result.written.append(write)
    return landed, result
